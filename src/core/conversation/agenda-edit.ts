import { agendaLengthRange, questionItem, spreadMinutes, type Agenda, type AgendaItem } from './agenda.ts';
import { sameQuestionText, type BankQuestion } from './question-banks.ts';

/**
 * Edits return a new agenda and never throw: an unknown id or an index out of range leaves the agenda
 * as it is, so a stale click from the UI cannot corrupt it. Minutes are left alone (the user may have
 * set them by hand); `minutesCheck` tells when they no longer add up and `spreadMinutes` fixes that.
 */

/** The next free `item-N` id: pure and deterministic, unlike a random id. */
export function nextItemId(agenda: Agenda): string {
  const taken = agenda.items
    .map((item) => /^item-(\d+)$/.exec(item.id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  return `item-${Math.max(0, ...taken) + 1}`;
}

function clamp(index: number, max: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), max);
}

/** Any id on `item` is replaced by a fresh one. */
export function addItem(agenda: Agenda, item: Omit<AgendaItem, 'id'> & { id?: string }, index = agenda.items.length): Agenda {
  const items = [...agenda.items];
  items.splice(clamp(index, items.length), 0, { ...item, id: nextItemId(agenda) });
  return { ...agenda, items };
}

/** Where a new question goes by default: after the last question (or the introduction), so the referral ask and thanks stay last. */
export function questionInsertIndex(agenda: Agenda): number {
  const lastQuestion = agenda.items.findLastIndex((item) => item.kind === 'question' || item.kind === 'intro');
  return lastQuestion + 1;
}

/** A new question gets the minutes of the shortest question already there, or 3. */
function newQuestionMinutes(agenda: Agenda): number {
  const minutes = agenda.items.filter((item) => item.kind === 'question').map((item) => item.minutes);
  return minutes.length > 0 ? Math.min(...minutes) : 3;
}

export function addQuestion(
  agenda: Agenda,
  question: Pick<BankQuestion, 'bank' | 'id' | 'text'>,
  index = questionInsertIndex(agenda),
): Agenda {
  return addItem(agenda, questionItem('', question, newQuestionMinutes(agenda)), index);
}

/** Why a typed question cannot be added (it is already an item, in any case or spacing), or null. */
export function ownQuestionProblem(agenda: Agenda, text: string): string | null {
  const position = agenda.items.findIndex((item) => sameQuestionText(item.text, text));
  return position < 0 ? null : `This question is already item ${position + 1} of the agenda. Change its wording, or keep the one there.`;
}

/** A question the user types straight into the agenda, from no bank; one already there is not added twice. */
export function addOwnQuestion(agenda: Agenda, text: string, index = questionInsertIndex(agenda)): Agenda {
  if (!text.trim() || ownQuestionProblem(agenda, text)) return agenda;
  return addItem(agenda, { kind: 'question', text: text.trim(), minutes: newQuestionMinutes(agenda), source: null }, index);
}

export function removeItem(agenda: Agenda, id: string): Agenda {
  return { ...agenda, items: agenda.items.filter((item) => item.id !== id) };
}

export function updateItem(agenda: Agenda, id: string, patch: Partial<Pick<AgendaItem, 'text' | 'minutes'>>): Agenda {
  return { ...agenda, items: agenda.items.map((item) => (item.id === id ? { ...item, ...patch } : item)) };
}

/** Moves an item to `index` in the resulting list (for drag and drop). */
export function moveItemTo(agenda: Agenda, id: string, index: number): Agenda {
  const from = agenda.items.findIndex((item) => item.id === id);
  if (from < 0) return agenda;
  const items = [...agenda.items];
  const [moved] = items.splice(from, 1);
  items.splice(clamp(index, items.length), 0, moved!);
  return { ...agenda, items };
}

/** Keyboard reorder: one place up or down; at either end it stays. */
export function moveItemUp(agenda: Agenda, id: string): Agenda {
  const from = agenda.items.findIndex((item) => item.id === id);
  return from > 0 ? moveItemTo(agenda, id, from - 1) : agenda;
}

export function moveItemDown(agenda: Agenda, id: string): Agenda {
  const from = agenda.items.findIndex((item) => item.id === id);
  return from >= 0 && from < agenda.items.length - 1 ? moveItemTo(agenda, id, from + 1) : agenda;
}

/** A new length spreads the minutes again: a plan made for 30 minutes does not fit 15. */
export function setLength(agenda: Agenda, lengthMinutes: number): Agenda {
  const length = Math.min(Math.max(agendaLengthRange.min, Math.round(lengthMinutes) || agendaLengthRange.min), agendaLengthRange.max);
  return spreadMinutes({ ...agenda, lengthMinutes: length });
}
