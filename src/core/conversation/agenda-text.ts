import type { Agenda, AgendaItem } from './agenda.ts';
import { greeting, signOff } from '../drafting/draft-sentences.ts';

/**
 * The agenda as plain text, for the message or email the user sends ahead of the conversation (the
 * method says: send the agenda in advance) and for the calendar invite's description.
 */
export interface AgendaTextContext {
  /** The person's first name; without it the greeting is a plain "Hello,". */
  firstName?: string;
  /** When the conversation starts, if agreed. */
  start?: Date | null;
  /** IANA zone to show the time in; the user's own zone when absent. */
  timeZone?: string;
  /** English in any variant (the text around the date is English); en-US when absent. */
  locale?: string;
  /** Signs the message when given. */
  myName?: string;
  /** Where the conversation happens (a video link, a phone number, an address): a "Where:" line. */
  place?: string;
}

/**
 * The zone's short name goes with the time: the person may live elsewhere, and an unnamed "2:00 PM"
 * is how people end up an hour apart.
 */
export function formatMeetingTime(start: Date, context: Pick<AgendaTextContext, 'timeZone' | 'locale'> = {}): string {
  return new Intl.DateTimeFormat(context.locale ?? 'en-US', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(context.timeZone ? { timeZone: context.timeZone } : {}),
  }).format(start);
}

function itemLine(item: AgendaItem, index: number): string {
  const minutes = item.minutes > 0 ? ` (${item.minutes} min)` : '';
  return `${index + 1}. ${item.text}${minutes}`;
}

/** The numbered list alone, one item a line. */
export function agendaLines(agenda: Agenda): string[] {
  return agenda.items.map(itemLine);
}

function isValidDate(date: Date | null | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

export function agendaSubject(agenda: Agenda): string {
  return `Agenda for our ${agenda.lengthMinutes}-minute conversation`;
}

export function agendaText(agenda: Agenda, context: AgendaTextContext = {}): string {
  const when = isValidDate(context.start) ? ` on ${formatMeetingTime(context.start, context)}` : '';
  const length = agenda.lengthMinutes;
  return [
    greeting(context.firstName),
    '',
    `Thank you again for agreeing to talk. Here is what I would like to cover in our ${length} minutes${when}:`,
    '',
    ...agendaLines(agenda),
    '',
    ...(context.place?.trim() ? [`Where: ${context.place.trim()}`, ''] : []),
    `I will keep to ${length} minutes, and we can end early if that suits you better.`,
    '',
    signOff(context.myName),
  ].join('\n');
}

/** The description of the calendar invite: no greeting, just what the time is for. */
export function agendaDescription(agenda: Agenda): string {
  return [`Agenda (${agenda.lengthMinutes} minutes):`, ...agendaLines(agenda)].join('\n');
}
