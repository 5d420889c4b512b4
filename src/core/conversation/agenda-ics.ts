import { createEvent, type EventAttributes } from 'ics';
import type { Agenda } from './agenda.ts';
import { agendaDescription } from './agenda-text.ts';

/**
 * A calendar invite (.ics) for one conversation, for the user to import or attach themselves; Confab
 * sends nothing. The start is written as a UTC instant (`…Z`): every calendar then shows it in its own
 * zone, and a meeting on the night the clocks change cannot land an hour off, as a floating local
 * time would.
 */
export interface InviteInput {
  /** The person's full name, for the title. */
  name: string;
  start: Date;
  /** The length is the invite's duration and the items its description. */
  agenda: Agenda;
  location?: string;
  url?: string;
  /** The person met, as an attendee, when their e-mail address is known (no organizer: Confab does not know the user's). */
  attendee?: { name: string; email: string };
  /**
   * Calendars replace an event that has the same UID, so an invite exported again after an edit
   * updates the first one. Pass one per conversation; by default it is made from the name and start.
   */
  uid?: string;
  /** When the file is made (DTSTAMP); pass it for reproducible output, else the clock is read. */
  now?: Date;
}

/**
 * Where the meeting happens, as the invite carries it: the text is the LOCATION, and a link to a video
 * call (https only: a calendar opens it) is the URL too.
 */
export function inviteWhere(place: string): Pick<InviteInput, 'location' | 'url'> {
  const location = place.trim();
  if (!location) return {};
  return /^https:\/\/[^\s]+$/i.test(location) && URL.canParse(location) ? { location, url: location } : { location };
}

/** A name as a parameter value: RFC 5545 allows no double quote or control character there, and the writer escapes them wrongly. */
function paramText(text: string): string {
  return text
    .replace(/[\p{Cc}"]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export type InviteResult = { ok: true; ics: string } | { ok: false; error: string };

export function inviteTitle(name: string): string {
  const trimmed = name.trim();
  return trimmed ? `Informational interview with ${trimmed}` : 'Informational interview';
}

/** Lowercase ASCII words joined by dashes: safe in file names and UIDs on every system. */
export function fileSlug(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** The start's calendar date where the user is (or in `timeZone`), as YYYY-MM-DD. */
function localDateStamp(date: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `interview-avery-quinlan-2026-11-30.ics` */
export function inviteFileName(name: string, start: Date, timeZone?: string): string {
  return ['interview', fileSlug(name), localDateStamp(start, timeZone)].filter(Boolean).join('-') + '.ics';
}

export function defaultInviteUid(name: string, start: Date): string {
  return `confab-${fileSlug(name) || 'conversation'}-${start.getTime()}@confab`;
}

export function conversationInvite(input: InviteInput): InviteResult {
  if (Number.isNaN(input.start.getTime())) return { ok: false, error: 'The conversation needs a valid start time.' };
  const length = input.agenda.lengthMinutes;
  const location = input.location?.trim();
  const url = input.url?.trim();
  const email = input.attendee?.email.trim();
  // ics reads `timestamp` (DTSTAMP) though its types leave it out; without it, it takes the clock.
  const attributes: EventAttributes & { timestamp?: number } = {
    productId: 'confab',
    uid: input.uid ?? defaultInviteUid(input.name, input.start),
    title: inviteTitle(input.name),
    start: input.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(length / 60), minutes: length % 60 },
    description: agendaDescription(input.agenda),
    ...(location ? { location } : {}),
    ...(url ? { url } : {}),
    ...(email
      ? {
          attendees: [
            { name: paramText(input.attendee!.name) || email, email, rsvp: true, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' },
          ],
        }
      : {}),
    ...(input.now ? { timestamp: input.now.getTime() } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) return { ok: false, error: error?.message ?? 'The invite could not be made.' };
  return { ok: true, ics: value };
}
