/**
 * What the backup card does, loaded only when the person asks for it (the parser and every row
 * schema would otherwise weigh on the options page's first load). Reading the database is allowed
 * here; every write goes to the background as a message.
 */
import { backupText } from '../../../core/backup/backup-compact.ts';
import { backupFileName, backupLimits, type Backup, type RestoreMode, type RestorePreview } from '../../../core/backup/backup-format.ts';
import { parseBackup } from '../../../core/backup/backup-parse.ts';
import { exportBackup, planRestore } from '../../../db/backup-repo.ts';
import { database } from '../../../db/database.ts';
import { send } from '../../../messaging/send.ts';
import { downloadText } from '../../../ui/download-file.ts';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Downloads the backup, reads the file back as a restore would, then records the date. */
export async function makeBackup(now: Date = new Date()): Promise<string> {
  const backup = await exportBackup(database(), now);
  const text = backupText(backup);
  const fileName = backupFileName(now);
  downloadText(fileName, text, 'application/json');
  // A backup that could not be restored is worse than none: say so now, not on the day it is needed.
  const check = parseBackup(text);
  if (!check.ok) throw new Error(`The backup ${fileName} was saved, but Confab could not read it back: ${check.problems[0]}`);
  await send('saveSettings', { lastBackupAt: now.toISOString() });
  const { contacts, conversations, employers } = backup.tables;
  return `Backed up ${count(contacts.length, 'contact', 'contacts')}, ${count(conversations.length, 'conversation', 'conversations')} and ${count(employers.length, 'employer', 'employers')} to ${fileName}.`;
}

export type FileReading = { ok: true; text: string; backup: Backup } | { ok: false; problems: string[] };

/** The chosen file, checked whole; its size first, so a huge file is never read into memory. */
export async function readBackupFile(file: File): Promise<FileReading> {
  if (file.size > backupLimits.chars) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, problems: [`The file is ${mb(file.size)}; a backup may be at most ${mb(backupLimits.chars)}.`] };
  }
  const text = await file.text();
  const reading = parseBackup(text);
  return reading.ok ? { ok: true, text, backup: reading.backup } : reading;
}

export function previewRestore(backup: Backup, mode: RestoreMode): Promise<RestorePreview> {
  return planRestore(database(), backup, mode);
}

/** The background checks the file again and writes it; the answer says what the database now holds. */
export async function restore(text: string, mode: RestoreMode): Promise<string> {
  const reply = await send('restoreBackup', { text, mode }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // Chrome carries at most 64 MiB in one message; a file near the limit full of quotes can exceed it.
    if (/maximum allowed (length|size)/i.test(message))
      throw new Error('This backup is too large to hand to Confab’s background in one piece. Nothing was changed.');
    throw error;
  });
  const { contacts, conversations, employers } = reply.restored.rows;
  const how = mode === 'merge' ? 'Merged the backup' : 'Replaced everything with the backup';
  return `${how}. Confab now holds ${count(contacts, 'contact', 'contacts')}, ${count(conversations, 'conversation', 'conversations')} and ${count(employers, 'employer', 'employers')}.`;
}
