/**
 * What the person did with a reminder without doing it: snoozed it or dismissed it. Kept per item key
 * (contact, kind and the date the reminder hangs on), so a new request or meeting brings its reminders
 * back even if the previous ones were dismissed.
 */
import { addDays } from 'date-fns';
import { z } from '../z.ts';

const dueItemStateSchema = z.object({
  snoozedUntil: z._default(z.nullable(z.iso.datetime({ offset: true })), null),
  dismissed: z._default(z.boolean(), false),
});

export const dueItemStatesSchema = z.record(z.string().check(z.minLength(1), z.maxLength(400)), dueItemStateSchema);

type DueItemState = z.infer<typeof dueItemStateSchema>;
export type DueItemStates = Readonly<Record<string, DueItemState>>;

/** Back in the list after `days` days, at the same time of day (a day is a calendar day). */
export function snoozeItem(states: DueItemStates, key: string, now: Date, days = 1): DueItemStates {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('A snooze lasts at least one whole day.');
  return { ...states, [key]: { snoozedUntil: addDays(now, days).toISOString(), dismissed: false } };
}

export function dismissItem(states: DueItemStates, key: string): DueItemStates {
  return { ...states, [key]: { snoozedUntil: null, dismissed: true } };
}

/** Puts a snoozed or dismissed reminder back as it was planned. */
export function restoreItem(states: DueItemStates, key: string): DueItemStates {
  return Object.fromEntries(Object.entries(states).filter(([k]) => k !== key));
}

/**
 * Drops the states of reminders that no longer exist (the contact moved on), so the stored map does
 * not grow for ever. `liveKeys` are the keys planned without states, i.e. `planItems(..., {})`.
 */
export function pruneItemStates(states: DueItemStates, liveKeys: Iterable<string>): DueItemStates {
  const live = new Set(liveKeys);
  return Object.fromEntries(Object.entries(states).filter(([key]) => live.has(key)));
}
