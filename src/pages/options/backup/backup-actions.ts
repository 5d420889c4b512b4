/**
 * What the backup card does. The work itself (making the file and reading it back, checking a file
 * and comparing it with what is here, restoring it) happens in the background, sent over a port that
 * reports its progress and takes a Cancel (messaging/send-long.ts): this page's thread only reads
 * the chosen file, hands it over and downloads what comes back. Loaded only when the person asks for
 * it, as before.
 */
import { backupLimits, type RestoreCheck, type RestoreMode } from '../../../core/backup/backup-format.ts';
import type { Progress } from '../../../core/progress/progress.ts';
import { send } from '../../../messaging/send.ts';
import { sendLong, type LongSend } from '../../../messaging/send-long.ts';
import { downloadText } from '../../../ui/download-file.ts';

type OnProgress = (progress: Progress) => void;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const then = <T, U>(run: LongSend<T>, next: (value: T) => U | Promise<U>): LongSend<U> => ({
  result: run.result.then(next),
  cancel: run.cancel,
});

/** Makes the backup, which the background reads back as a restore would, downloads it, then records the date. */
export function makeBackup(onProgress: OnProgress, now: Date = new Date()): LongSend<string> {
  return then(sendLong('makeBackup', {}, onProgress), async ({ backup }) => {
    await downloadText(backup.fileName, backup.text, 'application/json');
    await send('saveSettings', { lastBackupAt: now.toISOString() });
    const { contacts, conversations, employers } = backup.rows;
    return `Backed up ${count(contacts, 'contact', 'contacts')}, ${count(conversations, 'conversation', 'conversations')} and ${count(employers, 'employer', 'employers')} to ${backup.fileName}.`;
  });
}

/** The file's size, checked before it is read: a huge file is never read into memory. */
export function sizeProblem(file: File): string | null {
  if (file.size <= backupLimits.chars) return null;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `The file is ${mb(file.size)}; a backup may be at most ${mb(backupLimits.chars)}.`;
}

/** The whole file checked, and what restoring it would change in either mode; nothing is written. */
export function checkBackup(text: string, onProgress: OnProgress): LongSend<RestoreCheck> {
  return then(sendLong('previewRestore', { text }, onProgress), ({ check }) => check);
}

/** The background checks the file again and writes it; the answer says what the database now holds. */
export function restore(text: string, mode: RestoreMode, onProgress: OnProgress): LongSend<string> {
  return then(sendLong('restoreBackup', { text, mode }, onProgress), ({ restored }) => {
    const { contacts, conversations, employers } = restored.rows;
    const how = mode === 'merge' ? 'Merged the backup' : 'Replaced everything with the backup';
    return `${how}. Confab now holds ${count(contacts, 'contact', 'contacts')}, ${count(conversations, 'conversation', 'conversations')} and ${count(employers, 'employer', 'employers')}.`;
  });
}
