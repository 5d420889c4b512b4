/**
 * The Export section in real Chromium: each file is downloaded as a person would get it and read back
 * with parsers that share no code with the writers (csv-parse for CSV, ical.js for vCard and .ics).
 */
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultAgenda } from '../../src/core/conversation/agenda.ts';
import { agendaDescription } from '../../src/core/conversation/agenda-text.ts';
import { foreignRequests, launchExtension, type Extension, extensionPage } from './launch.ts';
import { putContacts, storedContact } from './seed-contacts.ts';

let extension: Extension;
let page: Page;

const hostileName = "=cmd|' /C calc'!A0";
const averyNotes = 'Met at "DevConf", Berlin\nAsk about mentoring, and "portfolio" reviews';
const day = 86_400_000;
const meetingAt = new Date(Math.ceil((Date.now() + 6 * day) / 3_600_000) * 3_600_000).toISOString();
const metAt = new Date(Date.now() - 3_600_000).toISOString();
const agenda = createDefaultAgenda(30);

const contacts = [
  storedContact('avery-quinlan', 'Avery Quinlan', {
    status: 'scheduled',
    scheduledFor: meetingAt,
    currentCompany: 'Fabrikam, Inc.',
    currentTitle: 'Design Lead',
    notes: averyNotes,
    tags: ['mentor'],
    email: 'avery@example.org',
    meetingPlace: 'Café Lindner',
  }),
  // Met after the planned time moved: the planned time the contact still holds is not the meeting.
  storedContact('mallory', hostileName, {
    status: 'met',
    metAt,
    scheduledFor: new Date(Date.parse(metAt) - 2 * day).toISOString(),
    headline: '=HYPERLINK("https://evil.example","Click")',
    currentCompany: '@SUM(1+1)',
  }),
  storedContact('zoe-unal', '🦊 Zoë Ünal', { headline: 'Café owner ☕', status: 'prospect' }),
  storedContact('li-lei', '李雷', { currentCompany: '腾讯' }),
];
const conversations = [
  { id: 1, slug: 'avery-quinlan', scheduledFor: meetingAt, heldAt: null, minutes: 30, notes: '', agenda, meetingNotes: null },
  {
    id: 2,
    slug: 'mallory',
    scheduledFor: metAt,
    heldAt: metAt,
    minutes: 20,
    notes: '=1+1, said "hi"\nthen left',
    agenda: null,
    meetingNotes: null,
  },
];

/** Rows written straight into one store, from the extension's page (its origin holds the database). */
function putRows(store: string, rows: readonly object[]): Promise<void> {
  return page.evaluate(
    ([name, data]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('confab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const row of data) tx.objectStore(name).put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, rows] as const,
  );
}

/** Clicks the button, waits for the file and returns its name and bytes. */
async function download(label: string): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const bytes = readFileSync((await file.path())!);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

const announced = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
/** The browser's own local day and time, as the files write them. */
const local = (iso: string | null, withTime = true) =>
  page.evaluate(
    ([value, time]) => {
      const d = value ? new Date(value) : new Date();
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}${time ? ` ${two(d.getHours())}:${two(d.getMinutes())}` : ''}`;
    },
    [iso, withTime] as const,
  );
const csvRows = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, record_delimiter: '\r\n' });
const cards = (text: string) => (ICAL.parse(text) as unknown[]).map((jcard) => new ICAL.Component(jcard as never));

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.goto(extensionPage(extension, 'options'));
  await page.getByRole('heading', { name: 'Export' }).waitFor();
});
afterAll(async () => extension?.close());

describe('exporting from the options page', () => {
  it('says so, and downloads nothing, while there is nothing to export', async () => {
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Contacts (CSV)' }).click();
    await announced('No contacts to export yet.');
    await page.getByRole('button', { name: 'Calendar (.ics)' }).click();
    await announced('Nothing ahead to export');
    expect(downloads).toBe(0);
    page.removeAllListeners('download');
    await putContacts(page, contacts);
    await putRows('conversations', conversations);
  });

  it('downloads the contacts as a spreadsheet file with a BOM, CRLF, readable headers and inert formulas', async () => {
    const file = await download('Contacts (CSV)');
    const today = await local(null, false);
    expect(file.name).toBe(`confab-contacts-${today}.csv`);
    await announced(`Exported 4 contacts to confab-contacts-${today}.csv.`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(file.text);
    expect(Object.keys(rows[0]!).slice(0, 8)).toEqual([
      'Name',
      'Headline',
      'Title',
      'Company',
      'Location',
      'LinkedIn profile',
      'Email',
      'Status',
    ]);
    expect(rows.map((row) => row.Name).sort()).toEqual([`'${hostileName}`, 'Avery Quinlan', '李雷', '🦊 Zoë Ünal'].sort());
    const avery = rows.find((row) => row.Name === 'Avery Quinlan')!;
    expect(avery).toMatchObject({
      Company: 'Fabrikam, Inc.',
      Title: 'Design Lead',
      Notes: averyNotes,
      Tags: 'mentor',
      Status: 'Scheduled',
      Meeting: await local(meetingAt),
    });
    expect(avery).toMatchObject({ Email: 'avery@example.org', 'Meeting place': 'Café Lindner' });
    const mallory = rows.find((row) => row.Name === `'${hostileName}`)!;
    expect(mallory).toMatchObject({
      Headline: '\'=HYPERLINK("https://evil.example","Click")',
      Company: "'@SUM(1+1)",
      Met: await local(metAt),
      Meeting: await local(metAt),
    });
    expect(rows.find((row) => row.Name === '🦊 Zoë Ünal')!.Headline).toBe('Café owner ☕');
    expect(rows.flatMap((row) => Object.values(row)).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('downloads the conversations, the latest meeting first, with the agenda and notes', async () => {
    const file = await download('Conversations (CSV)');
    await announced('Exported 2 conversations');
    const rows = csvRows(file.text);
    expect(rows.map((row) => row.Name)).toEqual(['Avery Quinlan', `'${hostileName}`]);
    expect(rows[0]).toMatchObject({
      Minutes: '30',
      Meeting: await local(meetingAt),
      Agenda: agendaDescription(agenda).split('\n').slice(1).join('\n'),
    });
    expect(rows[1]).toMatchObject({ Held: await local(metAt), Notes: '\'=1+1, said "hi"\nthen left' });
  });

  it('downloads the contacts as vCard 4.0, from the keyboard too', async () => {
    const button = page.getByRole('button', { name: 'Contacts (vCard)' });
    await button.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe(`confab-contacts-${await local(null, false)}.vcf`);
    const parsed = cards(readFileSync((await file.path())!, 'utf8'));
    expect(parsed.map((card) => card.getFirstPropertyValue('fn'))).toEqual(
      expect.arrayContaining([hostileName, 'Avery Quinlan', '李雷', '🦊 Zoë Ünal']),
    );
    const avery = parsed.find((card) => card.getFirstPropertyValue('fn') === 'Avery Quinlan')!;
    expect(avery.getFirstPropertyValue('version')).toBe('4.0');
    expect(avery.getFirstPropertyValue('org')).toBe('Fabrikam, Inc.');
    expect(avery.getFirstPropertyValue('note')).toBe(averyNotes);
    expect(avery.getFirstPropertyValue('url')).toBe('https://www.linkedin.com/in/avery-quinlan/');
    expect(avery.getFirstPropertyValue('email')).toBe('avery@example.org');
    expect(avery.getFirstPropertyValue('n')).toEqual(['Quinlan', 'Avery', '', '', '']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Contacts (vCard)');
  });

  it('downloads the calendar: the meeting with its agenda and the thank-you still to write', async () => {
    const file = await download('Calendar (.ics)');
    await announced('Exported 1 meeting and');
    const events = new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const meeting = events.find((event) => event.summary === 'Informational interview with Avery Quinlan')!;
    expect(meeting.startDate.toJSDate().toISOString()).toBe(meetingAt);
    expect(meeting.duration.toSeconds()).toBe(30 * 60);
    expect(meeting.description).toBe(agendaDescription(agenda));
    const thanks = events.find((event) => event.summary === `Send your thank-you (${hostileName})`)!;
    expect(thanks.startDate.isDate).toBe(true);
    expect(thanks.startDate.toString() >= (await local(null, false))).toBe(true);
  });

  it('stays clean for axe in light and dark, and asks nothing of the network', async () => {
    await page.getByRole('heading', { name: 'Export' }).scrollIntoViewIfNeeded();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
    expect(foreignRequests(extension)).toEqual([]);
  });
});
