/**
 * Backup, delete everything and restore in real Chromium, through the options page: the downloaded
 * file brings every row back, the deletion leaves no badge, alarm, notification or stored value, and
 * a damaged or hostile file is refused with its reason while nothing changes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchExtension, type Extension, extensionPage } from './launch.ts';
import { browserState, databaseDump, problems, seedData, shots } from './backup-helpers.ts';

let extension: Extension;
let options: Page;
let backup = '';

beforeAll(async () => {
  extension = await launchExtension();
  options = await extension.context.newPage();
  await options.goto(extensionPage(extension, 'options', {}, 'backup'));
  await seedData(options);
});
afterAll(async () => extension?.close());

const card = () => options.locator('#backup');
const chooseFile = (name: string, text: string) =>
  options.getByLabel('Backup file to restore').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('backup, delete everything, restore', () => {
  it('downloads a backup of every table and records when', async () => {
    await expect.poll(() => badgeText(extension)).toBe('1');
    await card().getByText('You have not backed up Confab’s data yet.').waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Back up now' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^confab-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backup = readFileSync((await file.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({
      format: 'confab-backup',
      schemaVersion: 3,
      tables: { contacts: [{}, {}], employers: [{ name: 'City Museum' }] },
    });
    await card()
      .getByRole('status')
      .filter({ hasText: /^Backed up 2 contacts, 1 conversation and 1 employer to confab-backup-.*\.json\.$/ })
      .waitFor();
    await card()
      .getByText(/^Last backup: .* \(today\)\.$/)
      .waitFor();
    await options.getByLabel('Remind me to back up after (days)').fill('14');
    await options.getByRole('button', { name: 'Save reminder' }).click();
    await card().getByRole('status').filter({ hasText: 'once the last backup is 14 days old' }).waitFor();
    expect(await problems(options, '#backup', 'backed-up')).toEqual([]);
  });

  it('deletes everything after a confirmation naming the contacts: no rows, badge, alarms, notifications or storage', async () => {
    const before = await browserState(extension, options);
    expect(before.alarms.length).toBeGreaterThan(0);
    expect(Object.keys(before.storage).length).toBeGreaterThan(0);
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByText('Delete all 2 contacts, with their conversations').waitFor();
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Keep everything');
    expect(await problems(options, '#delete', 'delete-confirm')).toEqual([]);
    await options.getByRole('button', { name: 'Yes, delete 2 contacts and everything else' }).click();
    await options.locator('#delete').getByRole('status').filter({ hasText: 'Deleted everything: 2 contacts' }).waitFor();

    expect(JSON.parse(await databaseDump(options))).toEqual(
      Object.fromEntries(
        ['contacts', 'conversations', 'drafts', 'employers', 'imports', 'settings', 'timeline'].map((n) => [n, { keys: [], rows: [] }]),
      ),
    );
    expect(await browserState(extension, options)).toEqual({ badge: '', alarms: [], notifications: [], storage: {} });
    await card().getByText('You have not backed up Confab’s data yet.').waitFor();
  });

  it('restores the file: a preview of what changes, then every row back, and the badge', async () => {
    await chooseFile('confab-backup.json', backup);
    const table = options.getByRole('table', { name: 'What merging this backup would change' });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /^Contacts/ }).textContent()).toBe('Contacts22000');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Data',
      'In the file',
      'Added',
      'Updated',
      'Unchanged',
      'Removed',
    ]);
    await options.getByRole('radio', { name: /^Replace/ }).check();
    await options.getByRole('table', { name: 'What replacing with this backup would change' }).waitFor();
    expect(await problems(options, '#backup', 'restore-preview')).toEqual([]);
    await options.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await card()
      .getByRole('status')
      .filter({ hasText: 'Replaced everything with the backup. Confab now holds 2 contacts, 1 conversation and 1 employer.' })
      .waitFor();

    const restored = JSON.parse(await databaseDump(options)) as Record<string, { rows: Record<string, unknown>[] }>;
    expect(restored.contacts!.rows.map((c) => [c.slug, c.status, c.notes])).toEqual([
      ['kim-ode', 'met', '<script>alert("x")</script>'],
      ['morgan-ellery', 'prospect', ''],
    ]);
    expect(restored.settings!.rows[0]).toMatchObject({ value: { premium: true, sender: { myName: 'Sam Rowe' } } });
    expect(restored.drafts!.rows[0]).toMatchObject({ body: 'Hi Morgan, <b>twenty minutes</b>?' });
    await expect.poll(() => badgeText(extension)).toBe('1');
    // Restoring the same file again changes nothing at all: every row came back as it was.
    const again = await databaseDump(options);
    await chooseFile('confab-backup.json', backup);
    await options.getByText('Nothing would change: this browser already holds everything in the backup.').waitFor();
    // Every row the file holds is counted, as unchanged: contacts, the conversation, its timeline and drafts.
    const same = options.getByRole('table', { name: 'What merging this backup would change' });
    const rows = await same.getByRole('row').allTextContents();
    const held = (JSON.parse(backup) as { tables: Record<string, unknown[]> }).tables;
    const labels = { contacts: 'Contacts', conversations: 'Conversations', timeline: 'Timeline events', drafts: 'Drafts' };
    expect(held.timeline!.length).toBeGreaterThan(0);
    expect(rows.slice(1, 5)).toEqual(
      Object.entries(labels).map(([table, label]) => `${label}${held[table]!.length}00${held[table]!.length}0`),
    );
    await options.getByRole('button', { name: 'Merge this backup' }).click();
    await card().getByRole('status').filter({ hasText: 'Merged the backup.' }).waitFor();
    expect(await databaseDump(options)).toBe(again);
  });

  it('refuses a truncated file and a __proto__ file with their reasons, and nothing changes', async () => {
    const before = await databaseDump(options);
    const state = await browserState(extension, options);
    await chooseFile('cut.json', backup.slice(0, backup.length / 2));
    await options
      .getByRole('alert')
      .filter({ hasText: 'cut.json cannot be restored, and nothing was changed:' })
      .getByText(/looks cut off \(truncated\)/)
      .waitFor();
    expect(await problems(options, '#backup', 'refused-truncated')).toEqual([]);

    const hostile = backup.replace('"tables":{', '"tables":{"__proto__":{"polluted":true},');
    await chooseFile('hostile.json', hostile);
    await options
      .getByRole('alert')
      .getByText(/key “__proto__” at tables, which can tamper/)
      .waitFor();
    expect(await options.getByRole('button', { name: /this backup/ }).count()).toBe(0);
    // Sent straight to the background, past the page's own check, it is refused there too.
    const reply = await options.evaluate(
      (text) => chrome.runtime.sendMessage({ confab: 1, name: 'restoreBackup', payload: { text, mode: 'replace' } }),
      hostile,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('__proto__') });
    expect(await options.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');

    expect(await databaseDump(options)).toBe(before);
    expect(await browserState(extension, options)).toEqual(state);
    await options.locator('#backup').screenshot({ path: `${shots}/refused-proto.png` });
  });
});
