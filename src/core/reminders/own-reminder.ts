/**
 * A reminder of the person's own on a contact ("follow up on Jan 10", with a short note), beside the
 * method's. It shows in Today from its moment, is late from the next day on, and goes when done.
 */
import { addDays, startOfDay } from 'date-fns';
import { z } from '../z.ts';

export const ownReminderNoteMax = 500;

export const ownReminderSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  note: z._default(
    z.string().check(z.trim(), z.maxLength(ownReminderNoteMax, `A reminder’s note is at most ${ownReminderNoteMax} characters.`)),
    '',
  ),
});

export type OwnReminder = z.infer<typeof ownReminderSchema>;

/** What Today says of it: the person's own words, else what it is for. */
export function ownReminderLabel(reminder: OwnReminder): string {
  return reminder.note ? `Your reminder: ${reminder.note}` : 'Your reminder to follow up';
}

/** Its moments: shown and due at its time, late from the start of the next local day, never ended. */
export function ownReminderTimes(reminder: OwnReminder) {
  const at = new Date(reminder.at);
  return { anchor: at, showAt: at, dueAt: at, overdueAt: startOfDay(addDays(at, 1)), endsAt: null };
}
