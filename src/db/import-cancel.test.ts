/**
 * An import watched from the page: it counts the people as it compares them and the rows as it writes
 * them, and a Cancel at any stage before the last write leaves the database exactly as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importPerson, importReadingOf } from '../../test/unit/import-person.ts';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { watchedTask } from '../../test/unit/watched-task.ts';
import { Cancelled, type Progress } from '../core/progress/progress.ts';
import { saveContact } from './contacts-repo.ts';
import type { ConfabDb } from './database.ts';
import { applyImport, previewImport } from './import-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

const now = new Date('2026-12-01T10:00:00.000Z');
const reading = importReadingOf([importPerson('avery-quinlan'), ...Array.from({ length: 4_499 }, (_, i) => importPerson(`p-${i}`))]);
const everything = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));

async function saved(): Promise<void> {
  db = freshDb();
  await saveContact(db, { fields: avery, capture: null }, new Date('2026-01-10T09:00:00.000Z'));
}

// fake-indexeddb writes thousands of rows slowly, the more so beside the rest of the suite.
describe('a watched import', { timeout: 30_000 }, () => {
  it('counts the people compared, then the rows written, then finishes', async () => {
    await saved();
    const { task, seen } = watchedTask();
    const preview = await previewImport(db, reading, now, task);
    expect(seen()).toEqual([
      'comparing people 2000/4500',
      'comparing people 4000/4500',
      'comparing people 4500/4500',
      'comparing people 0/0',
    ]);
    const written = watchedTask();
    expect((await applyImport(db, reading, now, written.task)).preview).toEqual(preview);
    expect(written.seen()).toEqual([
      ...seen(),
      'writing contacts 2000/4500',
      'writing contacts 4000/4500',
      'writing contacts 4500/4500',
      'writing timeline events 2000/4500',
      'writing timeline events 4000/4500',
      'writing timeline events 4500/4500',
      'finishing contacts 0/0 (too late to cancel)',
    ]);
  });

  it('cancelled while comparing for the preview: stops there', async () => {
    await saved();
    const { task } = watchedTask((p) => p.step === 'comparing' && p.done === 2_000);
    await expect(previewImport(db, reading, now, task)).rejects.toBeInstanceOf(Cancelled);
  });

  it.each<[string, (p: Progress) => boolean]>([
    ['while comparing', (p) => p.step === 'comparing' && p.done === 2_000],
    ['after the first contacts were written', (p) => p.step === 'writing' && p.unit === 'contacts'],
    ['after every contact was written', (p) => p.step === 'writing' && p.unit === 'contacts' && p.done === 4_500],
    ['after the last timeline events were written', (p) => p.step === 'writing' && p.unit === 'timeline events' && p.done === 4_500],
  ])('cancelled %s: nothing at all is written', async (_stage, when) => {
    await saved();
    const before = await everything();
    const { task, reports } = watchedTask(when);
    await expect(applyImport(db, reading, now, task)).rejects.toBeInstanceOf(Cancelled);
    expect(reports.some(when)).toBe(true);
    expect(await everything()).toEqual(before);
  });
});
