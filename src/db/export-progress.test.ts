/**
 * The exports and the backup file, made where the page watches them: the same files as unwatched,
 * their rows counted as they are written out, and a Cancel stops them (they write nothing anyway).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fillDatabase, later } from '../../test/unit/backup-data.ts';
import { freshDb } from '../../test/unit/test-db.ts';
import { watchedTask } from '../../test/unit/watched-task.ts';
import { storedContact } from '../../test/e2e/seed-contacts.ts';
import { backupText } from '../core/backup/backup-compact.ts';
import { exportKinds } from '../core/export/export-file.ts';
import { Cancelled } from '../core/progress/progress.ts';
import { exportBackup } from './backup-repo.ts';
import { makeBackupFile } from './backup-file.ts';
import type { ConfabDb } from './database.ts';
import { buildExportFile } from './export-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

async function filled(): Promise<void> {
  db = freshDb();
  await fillDatabase(db);
  await db.contacts.bulkPut(Array.from({ length: 2_500 }, (_, i) => storedContact(`many-${i}`, `Many ${i}`) as never));
}

describe('watched exports', { timeout: 30_000 }, () => {
  it.each(exportKinds)('%s: the same file as unwatched, counted', async (kind) => {
    await filled();
    const now = later(6);
    const { task, seen } = watchedTask();
    expect(await buildExportFile(db, kind, now, task)).toEqual(await buildExportFile(db, kind, now));
    expect(seen()[0]).toBe('reading contacts 0/0');
    if (kind !== 'conversations-csv') expect(seen()).toContain('building contacts 2000/2502');
  });

  it('stops when cancelled', async () => {
    await filled();
    const { task } = watchedTask((p) => p.done === 1_000);
    await expect(buildExportFile(db, 'contacts-vcard', later(6), task)).rejects.toBeInstanceOf(Cancelled);
  });

  it('makes the backup file, then reads it back as a restore would, counting both', async () => {
    await filled();
    const { task, seen } = watchedTask();
    const file = await makeBackupFile(db, later(6), task);
    expect(file.text).toBe(backupText(await exportBackup(db, later(6))));
    expect(file).toMatchObject({ fileName: 'confab-backup-2026-03-08.json', rows: { contacts: 2_502, conversations: 1, employers: 1 } });
    expect(seen()).toContain('building contacts 2502/2502');
    expect(seen().at(-1)).toBe('checking employers 1/1');
  });
});
