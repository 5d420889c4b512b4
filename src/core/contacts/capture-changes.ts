import { companyName } from './company-name.ts';
import type { ExtractedProfile } from './profile.ts';

/** The top-card fields compared between two captures of the same person. */
export const trackedFields = ['name', 'headline', 'currentTitle', 'currentCompany', 'location'] as const;
export type TrackedField = (typeof trackedFields)[number];
export type CaptureSnapshot = Record<TrackedField, string>;

export const trackedFieldLabels: Record<TrackedField, string> = {
  name: 'Name',
  headline: 'Headline',
  currentTitle: 'Current title',
  currentCompany: 'Company',
  location: 'Location',
};

export interface FieldChange {
  field: TrackedField;
  before: string;
  after: string;
}

export function snapshotOf(profile: Pick<ExtractedProfile, TrackedField>): CaptureSnapshot {
  const entries = trackedFields.map((field) => [field, profile[field] ?? ''] as const);
  return Object.fromEntries(entries) as CaptureSnapshot;
}

/**
 * What LinkedIn shows differently since the last capture. Compared with the last capture, not with the
 * saved contact, so the person's own edits in the form are never reported as LinkedIn changes. A field
 * the new capture could not read is not reported as removed: a half-loaded page is not news.
 */
export function changesSince(previous: CaptureSnapshot | null, current: CaptureSnapshot): FieldChange[] {
  if (!previous) return [];
  return trackedFields
    .filter((field) => current[field] !== '' && normalise(field, previous[field]) !== normalise(field, current[field]))
    .map((field) => ({ field, before: previous[field], after: current[field] }));
}

/** A company is compared by its name: a tagline LinkedIn added or dropped is no change of job. */
function normalise(field: TrackedField, value: string): string {
  return (field === 'currentCompany' ? companyName(value) : value).replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * What LinkedIn is known to show after a new capture: its values, and the previous capture's where the
 * new page did not show the field (a half-loaded page does not erase what was seen before).
 */
export function mergedSnapshot(previous: CaptureSnapshot | null, current: CaptureSnapshot): CaptureSnapshot {
  if (!previous) return current;
  const entries = trackedFields.map((field) => [field, current[field] || previous[field]] as const);
  return Object.fromEntries(entries) as CaptureSnapshot;
}

/** "Title at Company", or whichever of the two is known. */
export function role(snapshot: Pick<CaptureSnapshot, 'currentTitle' | 'currentCompany'>): string {
  const { currentTitle: title, currentCompany: company } = snapshot;
  if (title && company) return `${title} at ${company}`;
  return title || company || 'no role shown';
}

/**
 * The timeline line for a new job, when the current title or company LinkedIn shows has changed since
 * the last capture ("Now Staff Engineer at Quarry (was Data Engineer at Quarry)"); otherwise null.
 */
export function jobChange(previous: CaptureSnapshot | null, current: CaptureSnapshot): string | null {
  const changed = changesSince(previous, current).some((change) => change.field === 'currentTitle' || change.field === 'currentCompany');
  if (!previous || !changed) return null;
  return `Now ${role(current)} (was ${role(previous)})`;
}

/** The names of the fields that changed, for a timeline line ("Headline and Company changed on LinkedIn"). */
export function describeChanges(changes: readonly FieldChange[]): string | null {
  if (changes.length === 0) return null;
  const names = changes.map((change) => trackedFieldLabels[change.field]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} changed on LinkedIn`;
}
