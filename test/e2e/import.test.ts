/**
 * The import of LinkedIn's data export in real Chromium, through the import page's file input: the
 * preview says what will change before anything is written, the import fills the network pool and
 * moves a prospect forward with its evidence on the timeline, Undo puts the whole database back as it
 * was, a newer export records a job change, and a zip bomb or a cut-off zip is refused with nothing
 * changed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problems } from './backup-helpers.ts';
import { confabSnapshot } from './database-snapshot.ts';
import { export2026, newerExport, truncatedExport, zipBomb, type ZipFile } from './export-zips.ts';
import { extensionPage, launchExtension, type Extension } from './launch.ts';
import { saveMadeUp, storedContact } from './pipeline-messages.ts';

let extension: Extension;
let page: Page;

/** Zoë was saved as a prospect on 1 Jan 2026, before the export's invitation of 29 Jan. */
async function seedProspect(): Promise<void> {
  await saveMadeUp(page, 'zoë-brandt', 'Zoë Brandt', 'Northwind Labs');
  await page.evaluate(
    (iso) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('confab');
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'timeline'], 'readwrite');
          const contacts = tx.objectStore('contacts');
          const get = contacts.get('zoë-brandt');
          get.onsuccess = () => contacts.put({ ...get.result, createdAt: iso, updatedAt: iso, statusChangedAt: iso });
          const timeline = tx.objectStore('timeline');
          const events = timeline.getAll();
          events.onsuccess = () => {
            for (const event of events.result) timeline.put({ ...event, at: iso });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    '2026-01-01T09:00:00.000Z',
  );
}

const choose = (file: ZipFile) => page.getByLabel('The zip LinkedIn sent you, or its CSV files').setInputFiles(file);

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.goto(extensionPage(extension, 'import'));
  await seedProspect();
  await page.reload();
});
afterAll(async () => extension?.close());

describe('importing the data export', () => {
  let before = '';

  it('previews what the export holds and what changes, before writing anything', async () => {
    before = await confabSnapshot(extension, page);
    await choose(export2026());
    const preview = page.getByRole('region', { name: 'Before you import' });
    await preview.waitFor();
    await expect.poll(() => page.getByTestId('import-counts').innerText()).toMatch(/3\s+connections/);
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/2\s+invitations you sent, 1 still pending/);
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/1 person is already saved/);
    const zoe = page.getByTestId('import-changes').getByRole('listitem').filter({ hasText: 'Zoë Brandt' });
    await zoe.getByText(/Moves from Prospect to Requested: Invitation sent on LinkedIn, 29 Jan 2026/).waitFor();
    await zoe.getByText(/to Accepted/).waitFor();
    await preview.getByText(/rows? (is|are) skipped/).click();
    await preview.getByText(/A member who hides their profile/).waitFor();
    expect(await confabSnapshot(extension, page)).toBe(before);
    expect(await problems(page, 'body', 'import-preview')).toEqual([]);
  });

  it('imports: the pool holds the new people, the prospect moved with its evidence', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    const zoe = await storedContact(page, 'zoë-brandt');
    expect(zoe).toMatchObject({ status: 'accepted', requestedAt: '2026-01-29T14:37:00.000Z' });
    expect(await storedContact(page, 'priya-okafor-12ab')).toMatchObject({ status: 'network', source: 'network' });
    expect(await problems(page, 'body', 'import-done')).toEqual([]);

    const network = await extension.context.newPage();
    await network.goto(extensionPage(extension, 'network'));
    await network
      .getByTestId('network-summary')
      .getByText(/people in your network/)
      .waitFor();
    const rows = network.getByRole('list', { name: 'People in your network' });
    await rows.getByRole('link', { name: 'Priya Okafor' }).waitFor();
    expect(await rows.getByRole('link', { name: 'Zoë Brandt' }).count()).toBe(0);
    await network.getByLabel('Search').fill('bramble');
    await network
      .getByTestId('network-summary')
      .getByText(/^1 person matches\./)
      .waitFor();
    await rows.getByRole('link', { name: 'Marco Ellery' }).waitFor();
    expect(await rows.getByRole('link', { name: 'Priya Okafor' }).count()).toBe(0);
    expect(await problems(network, 'body', 'network')).toEqual([]);
    await network.close();

    const contact = await extension.context.newPage();
    await contact.goto(extensionPage(extension, 'contact', { slug: 'zoë-brandt' }));
    await contact
      .getByTestId('timeline')
      .getByText(/Invitation sent on LinkedIn, 29 Jan 2026 — from your data export of 28 Nov 2026/)
      .waitFor();
    await contact
      .getByTestId('timeline')
      .getByText('Hi Zoë, I would love to hear how you moved into platform work.', { exact: false })
      .waitFor();
    await contact.close();
  });

  it('undoes the import: the whole database is as it was before', async () => {
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page.getByText(/The import was undone/).waitFor();
    expect(await confabSnapshot(extension, page)).toBe(before);
  });

  it('imports a newer export over an earlier one: no duplicates, the job change recorded', async () => {
    await page.reload();
    await choose(export2026());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    await page.reload();
    await choose(newerExport({ from: 'Designer,03 Mar 2025', to: 'Design Lead,03 Mar 2025' }));
    const change = page.getByTestId('import-changes').getByRole('listitem').filter({ hasText: 'Priya Okafor' });
    await change.getByText(/Changed jobs: .*Designer.* → .*Design Lead/).waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/0 people are new/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect(await storedContact(page, 'priya-okafor-12ab')).toMatchObject({ currentTitle: 'Design Lead', status: 'network' });
    const contact = await extension.context.newPage();
    await contact.goto(extensionPage(extension, 'contact', { slug: 'priya-okafor-12ab' }));
    await contact.getByTestId('timeline').locator('[data-kind="changedJobs"]').waitFor();
    await contact.close();
  });

  it('refuses a zip bomb and a cut-off zip, in plain words, with nothing changed', async () => {
    await page.reload();
    const now = await confabSnapshot(extension, page);
    await choose(zipBomb(520));
    // The reading shows its progress while the worker inflates, and the page keeps answering.
    await page.getByRole('progressbar', { name: 'Reading the export' }).waitFor();
    await page
      .getByRole('status')
      .getByText(/^Reading messages\.csv: 0 rows, \d+ of 520 MB \(1 of 1 file\)$/)
      .waitFor();
    expect(await page.evaluate(() => document.title)).toBe('Import from LinkedIn · Confab');
    await page
      .getByRole('alert')
      .getByText(/unpacks to more than 512 MB.*Nothing was imported/)
      .waitFor({ timeout: 60_000 });
    await choose(truncatedExport());
    await page
      .getByRole('alert')
      .getByText(/cut short or damaged.*Nothing was imported/)
      .waitFor();
    expect(await confabSnapshot(extension, page)).toBe(now);
  });
});
