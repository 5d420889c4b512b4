/**
 * One .ics file of what is ahead: the meetings agreed (at their time, for the agenda's length, the
 * agenda as description) and the reminders of the method still to come (thank-you, confirmations,
 * 3B7 follow-ups, keep in touch), so the person can see them in the calendar they already use.
 *
 * Meetings are timed events written as UTC instants, as the single invite is (agenda-ics.ts), and keep
 * its UID, so importing both gives one event. Reminders are all-day events on the local day they fall
 * due, marked free (TRANSP:TRANSPARENT): they are things to do that day, not appointments, and a
 * keep-in-touch nudge at the minute the contact was thanked three months ago would only clutter the
 * day. The exact due time is in the description.
 */
import { addDays } from 'date-fns';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { defaultInviteUid, fileSlug, inviteTitle } from '../conversation/agenda-ics.ts';
import { agendaDescription } from '../conversation/agenda-text.ts';
import type { Contact, Conversation } from '../contacts/contact.ts';
import { planItems, type PlannedItem } from '../reminders/due-items.ts';
import { localDateTime } from './export-cells.ts';
import { dueSettingsOf, type Settings } from '../settings/settings.ts';
import { eachRow, finishSteps, type Steps } from '../progress/progress.ts';

export interface CalendarInput {
  contacts: readonly Contact[];
  /** Each contact's current conversation (the latest not yet held, else the latest), by slug. */
  current: ReadonlyMap<string, Conversation>;
  settings: Settings;
  now: Date;
}

export type CalendarResult = { ok: true; ics: string; meetings: number; reminders: number } | { ok: false; error: string };

type Event = EventAttributes & { timestamp?: number };

const closed: readonly Contact['status'][] = ['declined', 'no-reply'];

function meetingEvent(contact: Contact, conversation: Conversation | undefined, settings: Settings, now: Date): Event | null {
  if (closed.includes(contact.status) || conversation?.heldAt) return null;
  const scheduled = conversation?.scheduledFor ?? contact.scheduledFor;
  const start = scheduled ? Date.parse(scheduled) : NaN;
  if (!(start > now.getTime())) return null;
  const minutes = conversation?.agenda?.lengthMinutes ?? conversation?.minutes ?? settings.sender.minutes;
  const uid = conversation?.id
    ? `confab-${fileSlug(contact.slug) || 'contact'}-conversation-${conversation.id}@confab`
    : defaultInviteUid(contact.name, new Date(start));
  return {
    uid,
    title: inviteTitle(contact.name),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    ...(conversation?.agenda ? { description: agendaDescription(conversation.agenda) } : {}),
    url: contact.url,
  };
}

const dayOf = (date: Date): DateArray => [date.getFullYear(), date.getMonth() + 1, date.getDate()];
const startOfLocalDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** When a reminder really comes up: its due time, or the end of its snooze if that is later. */
function effectiveDue(item: PlannedItem): Date {
  return new Date(Math.max(Date.parse(item.dueAt), item.snoozedUntil ? Date.parse(item.snoozedUntil) : 0));
}

function reminderEvents(contact: Contact, conversation: Conversation | undefined, settings: Settings, now: Date): Event[] {
  const meeting = conversation ? { scheduledFor: conversation.scheduledFor, heldAt: conversation.heldAt } : null;
  return planItems(contact, meeting, dueSettingsOf(settings), contact.dueStates).flatMap((item): Event[] => {
    const due = effectiveDue(item);
    if (item.endsAt !== null && Date.parse(item.endsAt) <= now.getTime()) return [];
    // Today's are kept (still to do); earlier ones are in the Today view, not ahead.
    if (due.getTime() < startOfLocalDay(now)) return [];
    const anchor = item.key.split('|')[2] ?? item.dueAt;
    return [
      {
        uid: `confab-${item.kind}-${encodeURIComponent(item.slug)}-${Date.parse(anchor)}@confab`,
        title: `${item.label} (${contact.name})`,
        start: dayOf(due),
        end: dayOf(addDays(due, 1)),
        transp: 'TRANSPARENT',
        description: `Due ${localDateTime(due.toISOString())}.`,
        url: contact.url,
      },
    ];
  });
}

const startOf = (event: Event) =>
  Array.isArray(event.start) ? new Date(event.start[0], event.start[1] - 1, event.start[2]).getTime() : Number(event.start);

export function* upcomingCalendarSteps({ contacts, current, settings, now }: CalendarInput): Steps<CalendarResult> {
  const meetings: Event[] = [];
  const reminders: Event[] = [];
  yield* eachRow(contacts, 'contacts', (contact) => {
    const conversation = current.get(contact.slug);
    const meeting = meetingEvent(contact, conversation, settings, now);
    if (meeting) meetings.push(meeting);
    reminders.push(...reminderEvents(contact, conversation, settings, now));
  });
  const events = [...meetings, ...reminders]
    .sort((a, b) => startOf(a) - startOf(b) || a.uid!.localeCompare(b.uid!))
    .map((event) => ({ ...event, timestamp: now.getTime() }));
  if (events.length === 0) return { ok: true, ics: '', meetings: 0, reminders: 0 };
  const { error, value } = createEvents(events, { productId: 'confab', calName: 'Confab' });
  if (error || !value) return { ok: false, error: error?.message ?? 'The calendar could not be made.' };
  return { ok: true, ics: value, meetings: meetings.length, reminders: reminders.length };
}

export const upcomingCalendar = (input: CalendarInput): CalendarResult => finishSteps(upcomingCalendarSteps(input));
