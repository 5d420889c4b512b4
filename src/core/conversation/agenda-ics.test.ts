import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDefaultAgenda, type Agenda } from './agenda.ts';
import { conversationInvite, fileSlug, inviteFileName, inviteWhere, type InviteInput } from './agenda-ics.ts';
import { agendaDescription } from './agenda-text.ts';

/** Reads the file back with ical.js, a parser that shares no code with the `ics` writer. */
function parse(input: InviteInput) {
  const result = conversationInvite(input);
  if (!result.ok) throw new Error(result.error);
  const calendar = new ICAL.Component(ICAL.parse(result.ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return {
    raw: result.ics,
    event,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    minutes: event.duration.toSeconds() / 60,
  };
}

function wallClock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(',', '');
}

const agenda = (length: number): Agenda => createDefaultAgenda(length);

describe('the calendar invite', () => {
  const input: InviteInput = {
    name: 'Avery Quinlan',
    start: new Date('2026-11-30T13:00:00.000Z'),
    agenda: agenda(20),
    location: 'Café Zoë, Berlin; table 3',
    url: 'https://meet.example.com/abc-defg',
    now: new Date('2026-11-23T09:15:00.000Z'),
  };

  it('holds the title, the start instant, the agenda’s length and its text', () => {
    const { event, start, end, minutes, raw } = parse(input);
    expect(event.summary).toBe('Informational interview with Avery Quinlan');
    expect(start).toBe('2026-11-30T13:00:00.000Z');
    expect(minutes).toBe(20);
    expect(end).toBe('2026-11-30T13:20:00.000Z');
    expect(event.description).toBe(agendaDescription(input.agenda));
    expect(event.location).toBe('Café Zoë, Berlin; table 3');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc-defg');
    expect(event.uid).toBe('confab-avery-quinlan-1796043600000@confab');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-23T09:15:00Z');
    expect(raw).toMatch(/\r\nDTSTART:20261130T130000Z\r\n/);
  });

  it('is the same file twice for the same input, and keeps a UID it is given', () => {
    expect(conversationInvite(input)).toEqual(conversationInvite(input));
    expect(parse({ ...input, uid: 'conversation-7@confab' }).event.uid).toBe('conversation-7@confab');
  });

  it('leaves out an empty location and URL', () => {
    const { raw } = parse({ ...input, location: '  ', url: '' });
    expect(raw).not.toMatch(/LOCATION|URL:/);
  });

  it('carries the meeting place as LOCATION, and as URL too when it is an https link', () => {
    const link = parse({ ...input, location: undefined, url: undefined, ...inviteWhere('  https://meet.example.com/abc-defg ') });
    expect(link.event.location).toBe('https://meet.example.com/abc-defg');
    expect(link.event.component.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc-defg');
    for (const place of [
      '+1 555 0100',
      'Café Zoë, 12 Rue de la Paix, Paris',
      'http://meet.example.com/x',
      'https://meet.example.com/a b',
    ]) {
      const { event, raw } = parse({ ...input, location: undefined, url: undefined, ...inviteWhere(place) });
      expect(event.location).toBe(place);
      expect(raw).not.toMatch(/\r\nURL[:;]/);
    }
    expect(inviteWhere('   ')).toEqual({});
  });

  it('names the person as an attendee by e-mail when it is known, and no organizer', () => {
    const { event, raw } = parse({ ...input, attendee: { name: 'Avery Quinlan', email: 'avery@example.com' } });
    const attendees = event.attendees;
    expect(attendees).toHaveLength(1);
    expect(attendees[0]!.getFirstValue()).toBe('mailto:avery@example.com');
    expect(attendees[0]!.getParameter('cn')).toBe('Avery Quinlan');
    expect(attendees[0]!.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(raw).not.toMatch(/ORGANIZER/);
    // A name from LinkedIn is text: its quotes and line breaks cannot add an attendee of their own.
    const hostile = parse({
      ...input,
      attendee: { name: 'José "Jo" Añez, PhD\r\nATTENDEE:mailto:evil@example.com', email: 'jose@example.com' },
    }).event.attendees;
    expect(hostile.map((attendee) => [attendee.getFirstValue(), attendee.getParameter('cn')])).toEqual([
      ['mailto:jose@example.com', 'José Jo Añez, PhD ATTENDEE:mailto:evil@example.com'],
    ]);
    expect(parse({ ...input, attendee: { name: 'Avery Quinlan', email: '  ' } }).event.attendees).toEqual([]);
    expect(parse(input).raw).not.toMatch(/ATTENDEE|ORGANIZER/);
  });

  it('writes lengths of an hour or more in hours and minutes', () => {
    expect(parse({ ...input, agenda: agenda(90) }).minutes).toBe(90);
    expect(parse({ ...input, agenda: agenda(240) }).raw).toContain('DURATION:PT4H\r\n');
    expect(parse({ ...input, agenda: agenda(5) }).minutes).toBe(5);
  });

  it('answers an invalid start or URL with an error, not an exception', () => {
    expect(conversationInvite({ ...input, start: new Date(Number.NaN) })).toEqual({
      ok: false,
      error: 'The conversation needs a valid start time.',
    });
    expect(conversationInvite({ ...input, url: 'not a url' }).ok).toBe(false);
  });
});

describe('meetings around a clock change and midnight', () => {
  it('keeps both 01:30s of the New York night the clocks go back apart (first EDT, then EST)', () => {
    const first = parse({ name: 'A', start: new Date('2026-11-01T05:30:00.000Z'), agenda: agenda(30) });
    const second = parse({ name: 'A', start: new Date('2026-11-01T06:30:00.000Z'), agenda: agenda(30) });
    expect([first.start, second.start]).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']);
    expect(wallClock(first.start, 'America/New_York')).toBe('2026-11-01 01:30');
    expect(wallClock(second.start, 'America/New_York')).toBe('2026-11-01 01:30');
    expect(wallClock(first.end, 'America/New_York')).toBe('2026-11-01 01:00');
    expect(second.minutes).toBe(30);
  });

  it('runs a 01:30 Berlin meeting an hour of real time across the spring change, to 03:30', () => {
    const { start, end, minutes } = parse({ name: 'A', start: new Date('2026-03-29T00:30:00.000Z'), agenda: agenda(60) });
    expect(wallClock(start, 'Europe/Berlin')).toBe('2026-03-29 01:30');
    expect(minutes).toBe(60);
    expect(end).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClock(end, 'Europe/Berlin')).toBe('2026-03-29 03:30');
  });

  it('ends a late-evening meeting after midnight, on the next day', () => {
    const start = new Date('2026-11-30T22:45:00.000Z'); // 23:45 in Berlin
    const parsed = parse({ name: 'Avery Quinlan', start, agenda: agenda(30) });
    expect(wallClock(parsed.end, 'Europe/Berlin')).toBe('2026-12-01 00:15');
    expect(inviteFileName('Avery Quinlan', start, 'Europe/Berlin')).toBe('interview-avery-quinlan-2026-11-30.ics');
  });
});

describe('the invite’s file name', () => {
  it('is the person’s name in lowercase ASCII and the local date of the start', () => {
    const start = new Date('2026-11-30T23:15:00.000Z');
    expect(inviteFileName('Avery Quinlan', start, 'UTC')).toBe('interview-avery-quinlan-2026-11-30.ics');
    expect(inviteFileName('Avery Quinlan', start, 'Europe/Berlin')).toBe('interview-avery-quinlan-2026-12-01.ics');
    expect(inviteFileName('  José Añez-Ölund, PhD ', start, 'UTC')).toBe('interview-jose-anez-olund-phd-2026-11-30.ics');
    expect(inviteFileName('李雷 / ../etc', start, 'UTC')).toBe('interview-etc-2026-11-30.ics');
    expect(inviteFileName('李雷', start, 'UTC')).toBe('interview-2026-11-30.ics');
  });

  it('keeps long names short without a trailing dash', () => {
    expect(fileSlug('a'.repeat(59) + ' b', 60)).toBe('a'.repeat(59));
  });
});

describe('a start picked as local time on the user’s machine', () => {
  // Node re-reads TZ when it is assigned; each test file runs in its own process, so no other file sees it.
  afterEach(() => vi.unstubAllEnvs());

  it('becomes the right instant in Berlin on the night the clocks go forward', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    const start = new Date(2026, 2, 29, 1, 30); // what a datetime-local field gives for 01:30
    const parsed = parse({ name: 'Avery Quinlan', start, agenda: agenda(30) });
    expect(parsed.start).toBe('2026-03-29T00:30:00.000Z');
    expect(parsed.end).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST: 30 real minutes later
    expect(inviteFileName('Avery Quinlan', start)).toBe('interview-avery-quinlan-2026-03-29.ics');
  });

  it('names the file by the local date of a meeting just before midnight', () => {
    vi.stubEnv('TZ', 'America/New_York');
    const start = new Date(2026, 10, 30, 23, 45);
    expect(start.toISOString()).toBe('2026-12-01T04:45:00.000Z');
    expect(inviteFileName('Avery Quinlan', start)).toBe('interview-avery-quinlan-2026-11-30.ics');
    expect(parse({ name: 'A', start, agenda: agenda(30) }).end).toBe('2026-12-01T05:15:00.000Z');
  });
});
