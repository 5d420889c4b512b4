/**
 * Backup and restore of the whole database. A restore is planned on a checked file (see
 * core/backup-parse.ts) and written in one transaction over every table: it all happens, or, if
 * anything fails half-way, IndexedDB rolls it all back. Reminders are recomputed in the same
 * transaction, so the badge and the Today view never see a restored contact without its `followUpAt`.
 * A restore watched from the page (a `Task`) counts the rows as it checks and writes them, and a
 * Cancel before the last step leaves the database as it was (see rows-in-steps.ts).
 */
import {
  backupFormat,
  backupSchemaVersion,
  backupTableNames,
  type Backup,
  type BackupTableName,
  type BackupTables,
  type RestoreCheck,
  type RestoreMode,
  type RestorePreview,
  type RestoreSummary,
} from '../core/backup/backup-format.ts';
import { parseBackupSteps, type BackupReading } from '../core/backup/backup-parse.ts';
import { noTask, runSteps, type Task } from '../core/progress/progress.ts';
import type { Contact } from '../core/contacts/contact.ts';
import { defaultSettings, settingsSchema } from '../core/settings/settings.ts';
import { recomputeFollowUps } from './backup-follow-ups.ts';
import type { ConfabDb } from './database.ts';
import { planMerge, retargetConversation } from './restore-merge.ts';
import { replaceCounts } from './restore-compare.ts';
import { readSettings } from './settings-repo.ts';
import { putInSteps } from './rows-in-steps.ts';

/** A file refused before anything was written; its message says what is wrong and where, a problem per line. */
class BackupError extends Error {
  override name = 'BackupError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const tablesOf = (db: ConfabDb) => backupTableNames.map((name) => db.table(name));

async function readTables(db: ConfabDb): Promise<BackupTables> {
  const rows = await Promise.all(tablesOf(db).map((table) => table.toArray()));
  return Object.fromEntries(backupTableNames.map((name, i) => [name, rows[i]])) as unknown as BackupTables;
}

/**
 * Every table as it is now. The settings row says the backup was made `now`: restored, it tells the
 * reminder that this is the last backup made.
 */
export async function exportBackup(db: ConfabDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', tablesOf(db), async () => {
    const tables = await readTables(db);
    const stored = settingsSchema.safeParse(tables.settings[0]?.value ?? {});
    const settings = stored.success ? stored.data : defaultSettings;
    tables.settings = [{ key: 'settings', value: { ...settings, lastBackupAt: now.toISOString() } }];
    return { format: backupFormat, schemaVersion: backupSchemaVersion, exportedAt: now.toISOString(), tables };
  });
}

/** What a restore would change, counted per table; reads only, so an options page may call it. */
export async function planRestore(db: ConfabDb, backup: Backup, mode: RestoreMode): Promise<RestorePreview> {
  return db.transaction('r', tablesOf(db), async () => {
    return previewOf(await readTables(db), backup.tables, mode);
  });
}

const previewOf = (current: BackupTables, file: BackupTables, mode: RestoreMode): RestorePreview =>
  mode === 'replace' ? replaceCounts(current, file) : planMerge(current, file).counts;

/** A file's text read and checked whole, counting its rows as it goes. */
async function readBackupText(text: string, task: Task = noTask): Promise<BackupReading> {
  task.report({ step: 'reading', unit: 'contacts', done: 0, total: 0, cancellable: true });
  await task.pause();
  return runSteps(parseBackupSteps(text), task, 'checking');
}

/** A file checked for a restore, and what it would change in either mode; reads only. */
export async function checkRestore(db: ConfabDb, text: string, task: Task = noTask): Promise<RestoreCheck> {
  const reading = await readBackupText(text, task);
  if (!reading.ok) throw new BackupError(reading.problems);
  task.report({ step: 'comparing', unit: 'contacts', done: 0, total: 0, cancellable: true });
  await task.pause();
  const current = await db.transaction('r', tablesOf(db), () => readTables(db));
  const replace = previewOf(current, reading.backup.tables, 'replace');
  await task.pause();
  const merge = previewOf(current, reading.backup.tables, 'merge');
  return { exportedAt: reading.backup.exportedAt, previews: { merge, replace } };
}

/** Writes a checked backup in one transaction. The backup's rows are used (and changed) in place. */
export async function applyRestore(
  db: ConfabDb,
  backup: Backup,
  mode: RestoreMode,
  now: Date = new Date(),
  task: Task = noTask,
): Promise<RestoreSummary> {
  return db.transaction('rw', tablesOf(db), async () => {
    if (mode === 'replace') await replaceAll(db, backup.tables, now, task);
    else await mergeInto(db, backup.tables, now, task);
    task.check();
    // Past this point the transaction commits whatever comes: a Cancel now would come too late.
    task.report({ step: 'finishing', unit: 'contacts', done: 0, total: 0, cancellable: false });
    const counts = await Promise.all(tablesOf(db).map((table) => table.count()));
    return { mode, rows: Object.fromEntries(backupTableNames.map((name, i) => [name, counts[i]])) as Record<BackupTableName, number> };
  });
}

/** The background's restore: the whole file checked again where it lands, then written. */
export async function restoreFromText(
  db: ConfabDb,
  text: string,
  mode: RestoreMode,
  now: Date = new Date(),
  task: Task = noTask,
): Promise<RestoreSummary> {
  const reading = await readBackupText(text, task);
  if (!reading.ok) throw new BackupError(reading.problems);
  return applyRestore(db, reading.backup, mode, now, task);
}

async function replaceAll(db: ConfabDb, tables: BackupTables, now: Date, task: Task): Promise<void> {
  await Promise.all(tablesOf(db).map((table) => table.clear()));
  await putInSteps(db.employers, tables.employers, 'employers', task);
  await putInSteps(db.timeline, tables.timeline, 'timeline events', task);
  await putInSteps(db.drafts, tables.drafts, 'drafts', task);
  await db.settings.bulkPut(tables.settings);
  // Ids are asked back only when some row lacks one (a file edited by hand): one callback fewer per row.
  const numbered = tables.conversations.every((conversation) => conversation.id !== undefined);
  const ids = await putInSteps(db.conversations, tables.conversations, 'conversations', task, !numbered);
  const conversations = numbered
    ? tables.conversations
    : tables.conversations.map((conversation, i) => ({ ...conversation, id: ids[i] as number }));
  recomputeFollowUps(tables.contacts, conversations, tables.settings[0]?.value ?? defaultSettings, now);
  await putInSteps(db.contacts, tables.contacts, 'contacts', task);
}

async function mergeInto(db: ConfabDb, tables: BackupTables, now: Date, task: Task): Promise<void> {
  const current = await readTables(db);
  const plan = planMerge(current, tables);
  const employerIds = await db.employers.bulkAdd(plan.newEmployers, { allKeys: true });
  for (const contact of plan.contacts) {
    const target = contact.employerId === null ? undefined : plan.employerIds.get(contact.employerId);
    contact.employerId = target === undefined ? null : 'existing' in target ? target.existing : (employerIds[target.added] as number);
  }
  await db.conversations.bulkDelete(plan.conversations.remove);
  const conversationIds = await putInSteps(db.conversations, plan.conversations.put, 'conversations', task, true);
  const retargeted = plan.conversations.put.filter((row, i) => {
    row.id = conversationIds[i] as number;
    return retargetConversation(row, plan.conversations.fileIds[i], row.id);
  });
  await db.conversations.bulkPut(retargeted);
  await db.timeline.bulkDelete(plan.timeline.remove);
  await putInSteps(db.timeline, plan.timeline.put, 'timeline events', task);
  await db.drafts.bulkDelete(plan.drafts.remove);
  await putInSteps(db.drafts, plan.drafts.put, 'drafts', task);
  if (plan.settings) await db.settings.put(plan.settings);

  // Reminders over the merged whole: the winners, and any contact whose reminder moved meanwhile.
  const contacts = new Map<string, Contact>(current.contacts.map((contact) => [contact.slug, contact]));
  for (const contact of plan.contacts) contacts.set(contact.slug, contact);
  const changed = recomputeFollowUps([...contacts.values()], await db.conversations.toArray(), await readSettings(db), now);
  const writes = new Map(plan.contacts.map((contact) => [contact.slug, contact]));
  for (const contact of changed) writes.set(contact.slug, contact);
  await putInSteps(db.contacts, [...writes.values()], 'contacts', task);
}

/**
 * Empties every table in one transaction, but only if it holds the number of contacts the person was
 * shown and confirmed: a contact saved from another window meanwhile must not go unannounced.
 */
export async function deleteAllData(db: ConfabDb, confirmedContacts: number): Promise<number> {
  return db.transaction('rw', tablesOf(db), async () => {
    const contacts = await db.contacts.count();
    if (contacts !== confirmedContacts) {
      throw new Error(
        `Nothing was deleted: Confab now holds ${contacts} contacts, not the ${confirmedContacts} you confirmed. Look at the number again, then confirm.`,
      );
    }
    await Promise.all(tablesOf(db).map((table) => table.clear()));
    return contacts;
  });
}
