/**
 * The backup file of everything, made where it can be watched: the rows are read, written out and
 * then read back exactly as a restore would read them, each step counted. A backup that could not be
 * restored is worse than none, so such a file is never handed over.
 */
import { backupTextSteps } from '../core/backup/backup-compact.ts';
import { backupFileName, type BackupFile } from '../core/backup/backup-format.ts';
import { parseBackupSteps } from '../core/backup/backup-parse.ts';
import { noTask, runSteps, type Task } from '../core/progress/progress.ts';
import { exportBackup } from './backup-repo.ts';
import type { ConfabDb } from './database.ts';

export async function makeBackupFile(db: ConfabDb, now: Date = new Date(), task: Task = noTask): Promise<BackupFile> {
  task.report({ step: 'reading', unit: 'contacts', done: 0, total: 0, cancellable: true });
  const backup = await exportBackup(db, now);
  await task.pause();
  const text = await runSteps(backupTextSteps(backup), task, 'building');
  const check = await runSteps(parseBackupSteps(text), task, 'checking');
  if (!check.ok) throw new Error(`Confab could not read its own backup back, so it was not saved: ${check.problems[0]}`);
  const { contacts, conversations, employers } = backup.tables;
  return {
    fileName: backupFileName(now),
    text,
    rows: { contacts: contacts.length, conversations: conversations.length, employers: employers.length },
  };
}
