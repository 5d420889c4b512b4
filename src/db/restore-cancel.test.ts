/**
 * A restore watched from the page: it counts the rows as it checks and writes them, and a Cancel at
 * any stage before the last write (checking the file, comparing, writing each table, in either mode)
 * leaves every table exactly as it was; a Cancel once it is finishing comes too late and is ignored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { madeUpPeople } from '../../scripts/bench-seed.ts';
import { fillDatabase, snapshot } from '../../test/unit/backup-data.ts';
import { freshDb } from '../../test/unit/test-db.ts';
import { watchedTask } from '../../test/unit/watched-task.ts';
import { backupText } from '../core/backup/backup-compact.ts';
import { backupFormat, backupSchemaVersion } from '../core/backup/backup-format.ts';
import { Cancelled, type Progress } from '../core/progress/progress.ts';
import { checkRestore, restoreFromText } from './backup-repo.ts';
import type { ConfabDb } from './database.ts';

const dbs: ConfabDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const people = 2_500;
const now = new Date('2026-03-02T09:00:00.000Z');
const { contacts, conversations } = madeUpPeople(people, now, 3);
const text = backupText({
  format: backupFormat,
  schemaVersion: backupSchemaVersion,
  exportedAt: now.toISOString(),
  tables: { contacts, conversations, timeline: [], drafts: [], settings: [], employers: [] },
});

async function filled(): Promise<ConfabDb> {
  const db = freshDb();
  dbs.push(db);
  await fillDatabase(db);
  return db;
}

// fake-indexeddb writes thousands of rows slowly, the more so beside the rest of the suite.
describe('a watched restore', { timeout: 30_000 }, () => {
  it('counts every step: the file read, its rows checked, then each table written, then finishing', async () => {
    const db = await filled();
    const { task, seen } = watchedTask();
    await restoreFromText(db, text, 'replace', now, task);
    expect(seen()).toEqual([
      'reading contacts 0/0',
      'checking contacts 1000/2500',
      'checking contacts 2000/2500',
      'checking contacts 2500/2500',
      'checking conversations 1000/2500',
      'checking conversations 2000/2500',
      'checking conversations 2500/2500',
      'writing conversations 2000/2500',
      'writing conversations 2500/2500',
      'writing contacts 2000/2500',
      'writing contacts 2500/2500',
      'finishing contacts 0/0 (too late to cancel)',
    ]);
    expect(await db.contacts.count()).toBe(people);
  });

  it('previews both modes in one check, counting the rows, and writes nothing', async () => {
    const db = await filled();
    const before = await snapshot(db);
    const { task, seen } = watchedTask();
    const check = await checkRestore(db, text, task);
    expect(check.previews.replace.contacts).toEqual({ inFile: people, added: people, updated: 0, unchanged: 0, removed: 2 });
    expect(check.previews.merge.contacts).toMatchObject({ inFile: people, added: people, removed: 0 });
    expect(seen()).toContain('checking contacts 2000/2500');
    expect(seen().at(-1)).toBe('comparing contacts 0/0');
    expect(await snapshot(db)).toEqual(before);
  });

  const stages: [string, 'merge' | 'replace', (p: Progress) => boolean][] = [
    ['while the file is read', 'replace', (p) => p.step === 'reading'],
    ['half-way through checking the contacts', 'replace', (p) => p.step === 'checking' && p.unit === 'contacts' && p.done === 2_000],
    ['while checking the conversations', 'merge', (p) => p.step === 'checking' && p.unit === 'conversations'],
    ['after the first conversations were written', 'replace', (p) => p.step === 'writing' && p.unit === 'conversations'],
    ['after most contacts were written', 'replace', (p) => p.step === 'writing' && p.unit === 'contacts' && p.done === 2_000],
    ['after the last contacts were written', 'merge', (p) => p.step === 'writing' && p.unit === 'contacts' && p.done === people],
  ];

  it.each(stages)('cancelled %s (%s): nothing at all is written', async (_stage, mode, when) => {
    const db = await filled();
    const before = await snapshot(db);
    const { task, reports } = watchedTask(when);
    await expect(restoreFromText(db, text, mode, now, task)).rejects.toBeInstanceOf(Cancelled);
    expect(reports.some(when)).toBe(true);
    expect(reports.some((p) => p.step === 'finishing')).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('cancelled while comparing for the preview: stops, writing nothing', async () => {
    const db = await filled();
    const before = await snapshot(db);
    const { task } = watchedTask((p) => p.step === 'comparing');
    await expect(checkRestore(db, text, task)).rejects.toBeInstanceOf(Cancelled);
    expect(await snapshot(db)).toEqual(before);
  });

  it('cancelled once finishing: too late, the restore completes whole', async () => {
    const db = await filled();
    const { task } = watchedTask((p) => p.step === 'finishing');
    expect(await restoreFromText(db, text, 'replace', now, task)).toMatchObject({ rows: { contacts: people } });
    expect(await db.contacts.count()).toBe(people);
  });
});
