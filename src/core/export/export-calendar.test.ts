import ICAL from 'ical.js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { agendaDescription } from '../conversation/agenda-text.ts';
import type { Contact, Conversation } from '../contacts/contact.ts';
import { upcomingCalendar, type CalendarInput } from './export-calendar.ts';
import {
  avery,
  averyMeeting,
  chinese,
  emoji,
  hostile,
  hostileName,
  malloryMeeting,
  sampleContact,
  sampleNow,
} from '../../../test/unit/export-samples.ts';
import { defaultSettings } from '../settings/settings.ts';

// Reminders fall on local days: fix the zone before anything is built. Each test file has its own process.
vi.stubEnv('TZ', 'Europe/Berlin');
afterAll(() => vi.unstubAllEnvs());

interface Read {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  end: string;
  minutes: number;
  description: string | null;
  url: unknown;
  transp: unknown;
}

/** Built, then read back with ical.js (no code shared with the `ics` writer). */
function calendar(contacts: Contact[], conversations: Conversation[] = [], now = sampleNow) {
  const input: CalendarInput = { contacts, current: new Map(conversations.map((c) => [c.slug, c])), settings: defaultSettings, now };
  const result = upcomingCalendar(input);
  if (!result.ok) throw new Error(result.error);
  if (result.ics === '') return { ...result, component: null, events: [] as Read[] };
  const component = new ICAL.Component(ICAL.parse(result.ics));
  const events = component.getAllSubcomponents('vevent').map((vevent): Read => {
    const event = new ICAL.Event(vevent);
    const allDay = event.startDate.isDate;
    const text = (time: ICAL.Time) => (allDay ? time.toString() : time.toJSDate().toISOString());
    return {
      uid: event.uid,
      summary: event.summary,
      start: text(event.startDate),
      allDay,
      end: text(event.endDate),
      minutes: event.duration.toSeconds() / 60,
      description: event.description,
      url: vevent.getFirstPropertyValue('url'),
      transp: vevent.getFirstPropertyValue('transp'),
    };
  });
  return { ...result, component, events };
}

describe('the calendar of what is ahead', () => {
  const { events, meetings, reminders, component } = calendar([hostile, emoji, avery, chinese], [malloryMeeting, averyMeeting]);
  const day = (summary: string) => events.find((e) => e.summary === summary);

  it('holds the upcoming meeting and every reminder still to come, in date order', () => {
    expect([meetings, reminders]).toEqual([1, 7]);
    expect(component?.getFirstPropertyValue('x-wr-calname')).toBe('Confab');
    expect(events.map((e) => [e.start.slice(0, 10), e.summary])).toEqual([
      ['2026-11-23', `Send your thank-you (${hostileName})`],
      ['2026-11-24', 'No reply yet: write to a second person at 腾讯 (李雷)'],
      ['2026-11-26', 'Send the agenda and your questions (Avery Quinlan)'],
      ['2026-11-27', 'Confirm the conversation on Monday (Avery Quinlan)'],
      ['2026-11-30', 'Send one short, polite follow-up (李雷)'],
      ['2026-11-30', 'Informational interview with Avery Quinlan'],
      ['2026-12-07', 'Still no reply: close as No reply (李雷)'],
      ['2027-02-08', `Time to keep in touch (${emoji.name})`],
    ]);
  });

  it('writes the meeting at its instant, for the agenda’s length, with the agenda and the invite’s UID', () => {
    expect(day('Informational interview with Avery Quinlan')).toEqual({
      uid: 'confab-avery-quinlan-conversation-1@confab',
      summary: 'Informational interview with Avery Quinlan',
      start: '2026-11-30T13:00:00.000Z',
      allDay: false,
      end: '2026-11-30T13:30:00.000Z',
      minutes: 30,
      description: agendaDescription(averyMeeting.agenda!),
      url: 'https://www.linkedin.com/in/avery-quinlan/',
      transp: null,
    });
  });

  it('writes reminders as free all-day events on their local day, with the due time', () => {
    expect(day(`Send your thank-you (${hostileName})`)).toMatchObject({
      start: '2026-11-23',
      end: '2026-11-24',
      allDay: true,
      description: 'Due 2026-11-23 16:00.',
      transp: 'TRANSPARENT',
      url: 'https://www.linkedin.com/in/mallory/',
      uid: 'confab-thank-you-mallory-1795359600000@confab',
    });
    expect(day(`Time to keep in touch (${emoji.name})`)).toMatchObject({
      start: '2027-02-08',
      end: '2027-02-09',
      description: 'Due 2027-02-08 10:00.',
    });
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});

describe('what the calendar leaves out or moves', () => {
  it('leaves out held, past and closed meetings, and reminders already past', () => {
    const past = sampleContact('past', 'Past Person', { status: 'scheduled', scheduledFor: '2026-11-20T10:00:00.000Z' });
    const declined = sampleContact('no', 'Declined Person', { status: 'declined', scheduledFor: '2026-12-20T10:00:00.000Z' });
    const overdue = sampleContact('late', 'Late Thanks', { status: 'met', metAt: '2026-11-19T10:00:00.000Z' });
    expect(calendar([past, declined, overdue]).events).toEqual([]);
    expect(calendar([]).ics).toBe('');
  });

  it('moves a snoozed reminder to the end of its snooze and drops a dismissed one', () => {
    const key = 'mallory|thank-you|2026-11-22T15:00:00.000Z';
    const snoozed = calendar([{ ...hostile, dueStates: { [key]: { snoozedUntil: '2026-11-25T08:00:00.000Z', dismissed: false } } }]).events;
    expect(snoozed.map((e) => [e.start, e.description])).toEqual([['2026-11-25', 'Due 2026-11-25 09:00.']]);
    expect(calendar([{ ...hostile, dueStates: { [key]: { snoozedUntil: null, dismissed: true } } }]).events).toEqual([]);
  });

  it('times a meeting with no agenda by its minutes, or by the usual length with no conversation at all', () => {
    const plain = sampleContact('plain', 'Plain Person', {
      status: 'scheduled',
      scheduledFor: '2026-12-01T09:00:00.000Z',
      statusChangedAt: '2026-11-30T09:00:00.000Z',
    });
    const withMinutes = { ...averyMeeting, id: 9, slug: 'plain', agenda: null, minutes: 45 };
    const [meeting] = calendar([plain], [withMinutes]).events.filter((e) => !e.allDay);
    expect(meeting).toMatchObject({ minutes: 45, description: null, uid: 'confab-plain-conversation-9@confab' });
    const [bare] = calendar([plain]).events.filter((e) => !e.allDay);
    expect(bare).toMatchObject({
      minutes: defaultSettings.sender.minutes,
      start: '2026-12-01T09:00:00.000Z',
      uid: 'confab-plain-person-1796115600000@confab',
    });
  });
});
