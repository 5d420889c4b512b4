/**
 * Everything the exports need, read in one transaction so the files agree with each other even if a
 * save lands meanwhile. Read-only: the options page may read the database directly (writes go through
 * the background).
 */
import { currentConversationOfEach } from '../core/contacts/current-conversation.ts';
import { exportFileSteps, type ExportKind, type ExportOutcome, type ExportSnapshot } from '../core/export/export-file.ts';
import { noTask, runSteps, type Task } from '../core/progress/progress.ts';
import type { ConfabDb } from './database.ts';
import { readSettings } from './settings-repo.ts';

export function readExportData(db: ConfabDb): Promise<ExportSnapshot> {
  return db.transaction('r', [db.contacts, db.conversations, db.employers, db.settings], async () => {
    const [contacts, conversations, employers, settings] = await Promise.all([
      db.contacts.toArray(),
      db.conversations.toArray(),
      db.employers.toArray(),
      readSettings(db),
    ]);
    return { contacts, conversations, employers, settings, current: currentConversationOfEach(conversations) };
  });
}

/** One export file from a fresh snapshot, its rows counted as they are written out. */
export async function buildExportFile(db: ConfabDb, kind: ExportKind, now: Date = new Date(), task: Task = noTask): Promise<ExportOutcome> {
  task.report({ step: 'reading', unit: 'contacts', done: 0, total: 0, cancellable: true });
  const data = await readExportData(db);
  await task.pause();
  return runSteps(exportFileSteps(kind, data, now), task, 'building');
}
