/**
 * A restore of 30,000 made-up contacts through the options page, in real Chromium: the bar advances
 * (two different values seen before the end) with its counts in words, Cancel while it checks or
 * writes leaves everything as it was, and the restore itself then lands whole. Waits on states only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { madeUpPeople } from '../../scripts/bench-seed.ts';
import { backupText } from '../../src/core/backup/backup-compact.ts';
import { backupFormat, backupSchemaVersion } from '../../src/core/backup/backup-format.ts';
import { seedData } from './backup-helpers.ts';
import { confabSnapshot } from './database-snapshot.ts';
import { extensionPage, launchExtension, type Extension } from './launch.ts';

const people = 30_000;
let extension: Extension;
let options: Page;
let folder: string;
let file: string;

beforeAll(async () => {
  const { contacts, conversations } = madeUpPeople(people, new Date(), 10);
  const tables = { contacts, conversations, timeline: [], drafts: [], settings: [], employers: [] };
  folder = mkdtempSync(join(tmpdir(), 'confab-restore-progress-'));
  file = join(folder, 'confab-backup-30000.json');
  writeFileSync(
    file,
    backupText({ format: backupFormat, schemaVersion: backupSchemaVersion, exportedAt: new Date().toISOString(), tables }),
  );
  extension = await launchExtension();
  options = await extension.context.newPage();
  await options.goto(extensionPage(extension, 'options', {}, 'backup'));
  await seedData(options);
});
afterAll(async () => {
  await extension?.close();
  rmSync(folder, { recursive: true, force: true });
});

const card = () => options.locator('#backup');
const chooseFile = () => options.getByLabel('Backup file to restore').setInputFiles(file);
const bar = (name: string) => options.getByRole('progressbar', { name });

/** Records, in the page, every value and label the bars show, as they change. */
async function watchBars(): Promise<void> {
  await options.evaluate(() => {
    const seen: { value: string | null; label: string }[] = [];
    (globalThis as { __bars?: typeof seen }).__bars = seen;
    const note = () => {
      const progress = document.querySelector('.progress-panel progress');
      const label = document.querySelector('.progress-panel [role="status"]')?.textContent ?? '';
      const last = seen.at(-1);
      if (progress && (last?.value !== progress.getAttribute('value') || last?.label !== label))
        seen.push({ value: progress.getAttribute('value'), label });
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Resolves once the bars have shown `count` different values for which `label` matches. */
function barValues(count: number, label: RegExp): Promise<unknown> {
  return options.waitForFunction(
    ([n, source]) => {
      const seen = (globalThis as { __bars?: { value: string | null; label: string }[] }).__bars ?? [];
      const matching = seen.filter((entry) => entry.value !== null && new RegExp(source).test(entry.label));
      return new Set(matching.map((entry) => entry.value)).size >= n;
    },
    [count, label.source] as const,
    { timeout: 120_000 },
  );
}

describe('restoring 30,000 contacts', () => {
  it('checks the file with a bar, and Cancel there changes nothing', async () => {
    const before = await confabSnapshot(extension, options);
    await watchBars();
    await chooseFile();
    await bar('Checking confab-backup-30000.json').waitFor();
    await barValues(2, /^[\d,]+ of 30,000 contacts checked$/);
    await card().getByRole('button', { name: 'Cancel' }).click();
    await card().getByRole('status').filter({ hasText: 'Stopped checking confab-backup-30000.json. Nothing was changed.' }).waitFor();
    expect(await confabSnapshot(extension, options)).toBe(before);
  }, 180_000);

  it('cancelled while it writes: the database, storage, badge and alarms are as they were', async () => {
    const before = await confabSnapshot(extension, options);
    await chooseFile();
    await options.getByRole('table', { name: 'What merging this backup would change' }).waitFor({ timeout: 120_000 });
    await options.getByRole('radio', { name: /^Replace/ }).check();
    await watchBars();
    await options.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await bar('Restoring the backup').waitFor();
    await barValues(1, /^[\d,]+ of 30,000 (contacts|conversations) written$/);
    await card().getByRole('button', { name: 'Cancel' }).click();
    await card().getByRole('status').filter({ hasText: 'The restore was cancelled: nothing was changed.' }).waitFor({ timeout: 120_000 });
    expect(await confabSnapshot(extension, options)).toBe(before);
  }, 180_000);

  it('restores them with a bar that advances, counted in words, and then holds every one', async () => {
    await watchBars();
    await options.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await bar('Restoring the backup').waitFor();
    // The page reloads once the restore is written: the bar is watched before that.
    await barValues(2, /^[\d,]+ of 30,000 contacts checked$/);
    await barValues(2, /^[\d,]+ of 30,000 (contacts|conversations) written$/);
    await card()
      .getByRole('status')
      .filter({ hasText: 'Replaced everything with the backup. Confab now holds 30,000 contacts, 30,000 conversations and 0 employers.' })
      .waitFor({ timeout: 120_000 });
    const stored = await options.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('confab');
          open.onsuccess = () => {
            const count = open.result.transaction('contacts').objectStore('contacts').count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
          };
        }),
    );
    expect(stored).toBe(people);
  }, 180_000);
});
