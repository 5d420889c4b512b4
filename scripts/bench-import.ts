/**
 * P9: importing LinkedIn's data export in Chromium, through the `applyImport` message from an options
 * page (the reading crosses to the background, is parsed again there and written in one transaction,
 * reminders and badge recomputed), into a database holding 1,000 contacts (a restored backup, as
 * P5's), 500 of whom the export names. The export is made up: 30,000 connections, 2,000 invitations, 50,000 messages, read by
 * readImport here (the page's worker does it there; not timed). Divided by a bare Dexie bulkPut of the
 * rows the import wrote (contacts, timeline, its record), into the same 1,000 contacts, in one
 * transaction. Runs alone with `npx tsx scripts/bench-import.ts` after `npm run build:e2e`.
 */
import type { Page } from 'playwright-core';
import { readImport } from '../src/core/import/import-reading.ts';
import { launchExtension, type Extension } from '../test/e2e/launch.ts';
import { madeUpExport } from '../test/unit/made-up-export.ts';
import { backupOf } from './bench-backup.ts';
import { holdBackups, loadDexie, restoreOnce } from './bench-backup-steps.ts';
import type { Measure } from './bench-pipeline.ts';

const runs = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Milliseconds from sending the reading held in the page to the answer. */
async function importOnce(page: Page): Promise<number> {
  const result = (await page.evaluate(`(async () => {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ confab: 1, name: 'applyImport', payload: { reading: globalThis.__confabReading } });
    return { ms: performance.now() - start, reply };
  })()`)) as { ms: number; reply: { ok: boolean; error?: string } };
  if (!result.reply.ok) throw new Error(`applyImport: ${result.reply.error}`);
  return result.ms;
}

/** Keeps, as stored, the rows the last import wrote (its record says which). */
async function keepImportedRows(page: Page): Promise<number> {
  return (await page.evaluate(`(async () => {
    const db = new Dexie('confab');
    await db.open();
    const record = await db.table('imports').orderBy('id').last();
    const slugs = [...record.undo.before.map((c) => c.slug), ...record.undo.created];
    globalThis.__confabImported = {
      contacts: await db.table('contacts').bulkGet(slugs),
      timeline: await db.table('timeline').bulkGet(record.undo.timelineIds),
      imports: [record],
    };
    db.close();
    return slugs.length + record.undo.timelineIds.length + 1;
  })()`)) as number;
}

/** Milliseconds of the bare bulkPut of those rows, in one transaction. */
function bulkPutOnce(page: Page): Promise<number> {
  return page.evaluate(`(async () => {
    const db = new Dexie('confab');
    await db.open();
    const { contacts, timeline, imports } = globalThis.__confabImported;
    const start = performance.now();
    await db.transaction('rw', 'contacts', 'timeline', 'imports', async () => {
      await db.table('contacts').bulkPut(contacts);
      await db.table('timeline').bulkPut(timeline);
      await db.table('imports').bulkPut(imports);
    });
    const ms = performance.now() - start;
    db.close();
    return ms;
  })()`) as Promise<number>;
}

async function importRatio(extension: Extension): Promise<Measure> {
  const page = await extension.context.newPage();
  try {
    await page.goto(extension.popupUrl.replace('popup/index.html', 'options/index.html'));
    const now = new Date();
    const files = madeUpExport({
      connections: 30_000,
      invitations: 2_000,
      messages: 50_000,
      slug: (i) => (i % 60 === 0 && i < 30_000 ? `made-up-person-${i / 60}` : `member-${i}`),
    });
    const reading = readImport(files, 'Basic_LinkedInDataExport_03-01-2026.zip');
    await page.evaluate((held) => void ((globalThis as { __confabReading?: unknown }).__confabReading = held), reading);
    await holdBackups(page, { saved: backupOf(1_000, now) });
    await loadDexie(page);
    const imported: number[] = [];
    const bare: number[] = [];
    let rows = 0;
    for (let i = 0; i <= runs; i++) {
      await restoreOnce(page, 'saved');
      const ms = await importOnce(page);
      rows = await keepImportedRows(page);
      await restoreOnce(page, 'saved');
      const bareMs = await bulkPutOnce(page);
      // The first run warms up.
      if (i === 0) continue;
      imported.push(ms);
      bare.push(bareMs);
    }
    return {
      value: round(median(imported) / median(bare)),
      goal: '<= 1.5',
      detail: `median of ${runs}: import of ${reading.contacts.length.toLocaleString('en')} people (30,000 connections, 2,000 invitations, 50,000 messages) into 1,000 contacts ${round(median(imported) / 1000, 2)} s; bare bulkPut of its ${rows.toLocaleString('en')} rows ${round(median(bare) / 1000, 2)} s`,
    };
  } finally {
    await page.close();
  }
}

/** P9 in a Chromium of its own, so that it starts from an empty profile whatever ran before. */
export async function importBench(): Promise<Measure> {
  const extension = await launchExtension();
  try {
    return await importRatio(extension);
  } finally {
    await extension.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await importBench());
