import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { agendaLines } from '../conversation/agenda-text.ts';
import { contactsCsv, conversationsCsv } from './export-csv.ts';
import {
  avery,
  averyMeeting,
  emoji,
  hostile,
  hostileHeadline,
  hostileName,
  sampleContact,
  sampleData,
  trickyNotes,
} from '../../../test/unit/export-samples.ts';

/**
 * Read back with csv-parse, which shares no code with papaparse, strictly: CRLF is the only record
 * separator it accepts and every row must have as many cells as the header.
 */
function read(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, record_delimiter: '\r\n', relax_column_count: false, skip_empty_lines: false });
}

function header(csv: string): string[] {
  return (parse(csv, { bom: true, to_line: 1, record_delimiter: '\r\n' }) as string[][])[0]!;
}

// The files are built while the tests are collected: set the zone first. Each test file runs in its own process.
vi.stubEnv('TZ', 'Europe/Berlin');
afterAll(() => vi.unstubAllEnvs());

describe('the contacts CSV', () => {
  const csv = contactsCsv(sampleData);
  const rows = read(csv);

  it('starts with a byte-order mark, ends every record with CRLF and has readable column names', () => {
    expect(csv.startsWith('\uFEFFName,Headline,Title,Company,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header(csv)).toEqual([
      'Name',
      'Headline',
      'Title',
      'Company',
      'Location',
      'LinkedIn profile',
      'Email',
      'Status',
      'Tags',
      'Target employer',
      'Referred by',
      'What you share',
      'Notes',
      'Saved',
      'Updated',
      'Status changed',
      'Request sent',
      'Meeting',
      'Meeting place',
      'Met',
      'Thanked',
      'Last keep-in-touch',
      'Keep in touch every (days)',
    ]);
  });

  it('has one row per contact, sorted by name', () => {
    expect(rows.map((row) => row.Name)).toEqual([`'${hostileName}`, emoji.name, 'Avery Quinlan', '李雷']);
  });

  it('keeps commas, quotes, semicolons, backslashes, line breaks and local dates of an ordinary contact', () => {
    expect(rows.find((row) => row.Name === 'Avery Quinlan')).toEqual({
      Name: 'Avery Quinlan',
      Headline: 'Design lead, accessibility; talks a lot',
      Title: 'Design Lead',
      Company: 'Fabrikam, Inc.',
      Location: 'Berlin, Germany',
      'LinkedIn profile': 'https://www.linkedin.com/in/avery-quinlan/',
      Email: '',
      Status: 'Scheduled',
      Tags: 'mentor, alumni, 2019',
      'Target employer': 'Fabrikam',
      'Referred by': '',
      'What you share': 'We both studied at TU Berlin',
      Notes: trickyNotes,
      Saved: '2026-03-02 11:00',
      Updated: '2026-11-20 17:45',
      'Status changed': '2026-03-02 11:00',
      'Request sent': '2026-11-02 09:30',
      Meeting: '2026-11-30 14:00',
      'Meeting place': '',
      Met: '',
      Thanked: '',
      'Last keep-in-touch': '',
      'Keep in touch every (days)': '',
    });
  });

  it('makes every formula-like cell of a hostile contact inert and keeps the rest', () => {
    const row = rows.find((r) => r.Name === `'${hostileName}`)!;
    expect(row.Headline).toBe(`'${hostileHeadline}`);
    expect(row.Title).toBe("'-2+3");
    expect(row.Company).toBe("'@SUM(1+1)");
    expect(row.Location).toBe("'=2+5");
    expect(row.Notes).toBe("'\t+1 555 0100\r\n=1+1");
    expect(row.Tags).toBe("'=evil");
    expect(row['Referred by']).toBe('Avery Quinlan');
    expect(row.Status).toBe('Met');
    expect(row.Met).toBe('2026-11-22 16:00');
    // No cell of the file begins with a formula sign.
    expect(rows.flatMap((r) => Object.values(r)).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('keeps emoji, accents and non-Latin text, and numbers as numbers', () => {
    const row = rows.find((r) => r.Name === emoji.name)!;
    expect(row.Headline).toBe('Café owner ☕ — «Grüße» & ünïcödé');
    expect(row.Notes).toBe(emoji.notes);
    expect(rows.find((r) => r.Name === '李雷')).toMatchObject({ Company: '腾讯', Title: '产品经理', Status: 'Requested' });
    const days = contactsCsv({ ...sampleData, contacts: [{ ...emoji, keepInTouchDays: 30 }] });
    expect(days).toContain(',30\r\n');
    expect(read(days)[0]!['Keep in touch every (days)']).toBe('30');
  });

  it('shows the meeting the status speaks of: held once met, planned while scheduled, none when closed', () => {
    const planned = '2026-11-20T09:00:00.000Z';
    const contacts = [
      // Met: the planned time moved, the meeting was held later (the conversation says when).
      { ...hostile, slug: 'mallory', scheduledFor: planned },
      sampleContact('sam', 'Sam Met', {
        status: 'thanked',
        scheduledFor: planned,
        metAt: '2026-11-21T10:00:00.000Z',
        thankedAt: '2026-11-21T18:00:00.000Z',
      }),
      sampleContact('dee', 'Dee Declined', { status: 'declined', scheduledFor: planned }),
      { ...avery, email: 'avery@example.org', meetingPlace: 'Café Lindner, Berlin' },
    ];
    const byName = Object.fromEntries(read(contactsCsv({ ...sampleData, contacts })).map((row) => [row.Name, row]));
    expect(byName[`'${hostileName}`]).toMatchObject({ Meeting: '2026-11-22 16:00', Met: '2026-11-22 16:00' });
    expect(byName['Sam Met']).toMatchObject({ Meeting: '2026-11-21 11:00' });
    expect(byName['Dee Declined']).toMatchObject({ Meeting: '' });
    expect(byName['Avery Quinlan']).toMatchObject({
      Meeting: '2026-11-30 14:00',
      Email: 'avery@example.org',
      'Meeting place': 'Café Lindner, Berlin',
    });
  });

  it('is a header alone when there is nobody', () => {
    const empty = contactsCsv({ contacts: [], conversations: [], employers: [] });
    expect(read(empty)).toEqual([]);
    expect(header(empty)).toHaveLength(23);
  });
});

describe('the conversations CSV', () => {
  const rows = read(conversationsCsv(sampleData));

  it('has one row per conversation, the latest meeting first, with the agenda one item a line', () => {
    expect(rows.map((row) => row.Name)).toEqual(['Avery Quinlan', `'${hostileName}`]);
    expect(rows[0]).toEqual({
      Name: 'Avery Quinlan',
      Company: 'Fabrikam, Inc.',
      'LinkedIn profile': 'https://www.linkedin.com/in/avery-quinlan/',
      Status: 'Scheduled',
      Meeting: '2026-11-30 14:00',
      Held: '',
      Minutes: '30',
      Agenda: agendaLines(averyMeeting.agenda!).join('\n'),
      Notes: '',
      Advice: '',
      'Next steps': '',
      'Question to clarify': '',
    });
  });

  it('writes the meeting notes, advice and next steps, inert where they look like formulas', () => {
    expect(rows[1]).toMatchObject({
      Company: "'@SUM(1+1)",
      Meeting: '2026-11-22 15:30',
      Held: '2026-11-22 16:00',
      Minutes: '20',
      Notes: '\'=1+1, said "hi"\nthen left',
      Advice: "'@mention the team\nPublish, often",
      'Next steps': 'Write the case study (done 2026-11-23 09:00)\n-Call back',
      'Question to clarify': 'Which team; which city?',
    });
  });
});
