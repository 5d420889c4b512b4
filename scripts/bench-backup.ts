/**
 * P5 and P8: restoring a backup in Chromium, through the `restoreBackup` message from an options page
 * (the file's text crosses to the background, is checked whole there and written in one transaction,
 * reminders and badge recomputed), each run into an emptied database.
 *   P5  restore of a 100,000-contact backup ÷ a 10,000-contact one (goal <= 11: linear)
 *   P8  that 100,000-contact restore ÷ a bare Dexie bulkPut of the very rows it wrote (goal <= 2)
 */
import type { Page } from 'playwright-core';
import { backupText } from '../src/core/backup/backup-compact.ts';
import { defaultSettings } from '../src/core/settings/settings.ts';
import type { Extension } from '../test/e2e/launch.ts';
import { bulkPutOnce, holdBackups, keepRestoredRows, loadDexie, restoreOnce } from './bench-backup-steps.ts';
import type { Measure } from './bench-pipeline.ts';
import { madeUpPeople } from './bench-seed.ts';

const runs = 3;
const day = 86_400_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A backup of `count` made-up people (each with a conversation, ten owed a thank-you), as Back up
 * writes it. The others were met and thanked within the last two months, so their next keep-in-touch
 * is weeks away (the restore computes every reminder from the rules, not from the seed's dates).
 */
export function backupOf(count: number, now: Date): string {
  const { contacts: seeded, conversations } = madeUpPeople(count, now);
  const daysAgo = (days: number) => new Date(now.getTime() - days * day).toISOString();
  const contacts = seeded.map((contact, i) =>
    contact.status === 'thanked'
      ? { ...contact, metAt: daysAgo(1 + (i % 60)), thankedAt: daysAgo(i % 60), statusChangedAt: daysAgo(i % 60) }
      : contact,
  );
  const tables = {
    contacts,
    conversations,
    timeline: [],
    drafts: [],
    settings: [{ key: 'settings' as const, value: defaultSettings }],
    employers: [],
  };
  return backupText({ format: 'confab-backup', schemaVersion: 2, exportedAt: now.toISOString(), tables });
}

/**
 * Medians of the small and large restores and of the bare bulkPut, their runs alternated (after a
 * warm-up) so that all three meet the same database: IndexedDB slows while cleared data awaits
 * compaction, and measuring one after the other would charge that drift to one of them.
 */
async function times(page: Page): Promise<{ small: number; large: number; bare: number }> {
  await restoreOnce(page, 'small');
  const small: number[] = [];
  const large: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    small.push(await restoreOnce(page, 'small'));
    large.push(await restoreOnce(page, 'large'));
    if (i === 0) await keepRestoredRows(page);
    bare.push(await bulkPutOnce(page));
  }
  return { small: median(small), large: median(large), bare: median(bare) };
}

export async function backupRatios(extension: Extension): Promise<{ P5: Measure; P8: Measure }> {
  const page = await extension.context.newPage();
  try {
    await page.goto(extension.popupUrl.replace('popup/index.html', 'options/index.html'));
    const now = new Date();
    const files = { small: backupOf(10_000, now), large: backupOf(100_000, now) };
    await holdBackups(page, files);
    await loadDexie(page);
    const ms = await times(page);
    const mb = (text: string) => `${round(text.length / 1024 / 1024, 1)} MB`;
    return {
      P5: {
        value: round(ms.large / ms.small),
        goal: '<= 11',
        detail: `median of ${runs} restores (replace, into an emptied database, runs alternated): 100,000 contacts and conversations (${mb(files.large)}) ${round(ms.large, 0)} ms; 10,000 (${mb(files.small)}) ${round(ms.small, 0)} ms`,
      },
      P8: {
        value: round(ms.large / ms.bare),
        goal: '<= 2',
        detail: `100,000-contact restore ${round(ms.large, 0)} ms ÷ Dexie bulkPut of the same 200,000 rows in one transaction ${round(ms.bare, 0)} ms (medians of ${runs}, alternated)`,
      },
    };
  } finally {
    await page.close();
  }
}
