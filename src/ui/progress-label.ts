/**
 * Long work's progress in plain words, counted with en-US separators: "12,000 of 30,000 contacts
 * checked". Before a step knows its total it says what it is doing.
 */
import type { Progress, ProgressStep, ProgressUnit } from '../core/progress/progress.ts';

const done: Record<ProgressStep, string> = {
  reading: 'read',
  checking: 'checked',
  comparing: 'compared',
  writing: 'written',
  building: 'written to the file',
  finishing: 'done',
};

const doing: Record<ProgressStep, string> = {
  reading: 'Reading…',
  checking: 'Checking…',
  comparing: 'Comparing with what is here…',
  writing: 'Writing…',
  building: 'Making the file…',
  finishing: 'Finishing…',
};

const one: Record<ProgressUnit, string> = {
  contacts: 'contact',
  conversations: 'conversation',
  'timeline events': 'timeline event',
  drafts: 'draft',
  settings: 'settings',
  employers: 'employer',
  people: 'person',
  reminders: 'reminder',
};

const number = (n: number) => n.toLocaleString('en-US');

export function progressLabel(progress: Progress | null): string {
  if (!progress) return 'Starting…';
  if (progress.total === 0) return doing[progress.step];
  const unit = progress.total === 1 ? one[progress.unit] : progress.unit;
  return `${number(progress.done)} of ${number(progress.total)} ${unit} ${done[progress.step]}`;
}
