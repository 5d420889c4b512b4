import { describe, expect, it } from 'vitest';
import { createDefaultAgenda } from './agenda.ts';
import { updateItem } from './agenda-edit.ts';
import { agendaDescription, agendaLines, agendaSubject, agendaText, formatMeetingTime } from './agenda-text.ts';

const agenda = createDefaultAgenda(15);
const start = new Date('2026-11-30T13:00:00.000Z');
const loose = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ');

describe('the agenda as text', () => {
  it('greets the person, names the length, date and time, numbers the items and offers to end on time', () => {
    expect(loose(agendaText(agenda, { firstName: 'Avery', start, timeZone: 'America/New_York', myName: 'Sam Lee' }))).toBe(
      [
        'Hi Avery,',
        '',
        'Thank you again for agreeing to talk. Here is what I would like to cover in our 15 minutes on Monday, November 30, 2026 at 8:00 AM EST:',
        '',
        '1. A short introduction of me (1 min)',
        '2. How did you get your start in this industry? (4 min)',
        '3. What trends are you seeing in your industry? (4 min)',
        '4. What can I do now to prepare? (3 min)',
        '5. Who else should I talk to? May I mention that you suggested them? (2 min)',
        '6. Thanks and wrap-up (1 min)',
        '',
        'I will keep to 15 minutes, and we can end early if that suits you better.',
        '',
        'Best,',
        'Sam Lee',
      ].join('\n'),
    );
  });

  it('leaves out what it does not know: the name, the date, the signature', () => {
    const text = agendaText(agenda, { firstName: '  ', start: new Date(Number.NaN) });
    expect(text.startsWith('Hello,\n')).toBe(true);
    expect(text).toContain('cover in our 15 minutes:\n');
    expect(text.endsWith('\n\nBest,')).toBe(true);
    expect(agendaText(agenda)).toBe(text);
  });

  it('says where, after the items, when the place is known', () => {
    const lines = agendaText(agenda, { place: '  https://meet.example.com/abc-defg ' }).split('\n');
    expect(lines.slice(10, 14)).toEqual([
      '',
      'Where: https://meet.example.com/abc-defg',
      '',
      'I will keep to 15 minutes, and we can end early if that suits you better.',
    ]);
    expect(agendaText(agenda, { place: '   ' })).toBe(agendaText(agenda));
  });

  it('shows the time in the zone asked for, with its name, in the English variant asked for', () => {
    // ICU versions differ in commas and in the kind of space before AM, so compare loosely.
    expect(loose(formatMeetingTime(start, { timeZone: 'Europe/London', locale: 'en-GB' }))).toMatch(
      /^Monday,? 30 November 2026,? at 13:00 GMT$/,
    );
    expect(loose(formatMeetingTime(new Date('2026-07-01T12:00:00.000Z'), { timeZone: 'America/New_York' }))).toBe(
      'Wednesday, July 1, 2026 at 8:00 AM EDT',
    );
  });

  it('omits the minutes of an item worth none', () => {
    expect(agendaLines(updateItem(agenda, 'item-1', { minutes: 0 }))[0]).toBe('1. A short introduction of me');
  });

  it('gives a subject and a calendar description without greeting', () => {
    expect(agendaSubject(agenda)).toBe('Agenda for our 15-minute conversation');
    expect(agendaDescription(agenda).split('\n')).toEqual(['Agenda (15 minutes):', ...agendaLines(agenda)]);
  });
});
