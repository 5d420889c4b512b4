/**
 * The backup reminder of the Today view: everything Confab knows lives in one browser profile, so the
 * person is reminded to download a backup once the last one is older than their setting (30 days by
 * default). Pure, so the popup can call it on the settings it already reads.
 */
import type { Settings } from '../settings/settings.ts';

type BackupSettings = Pick<Settings, 'lastBackupAt' | 'backupReminderDays'>;

const day = 86_400_000;

/** Whole days since the last backup, or null when there has been none. */
export function daysSinceBackup(settings: BackupSettings, now: Date): number | null {
  if (settings.lastBackupAt === null) return null;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(settings.lastBackupAt)) / day));
}

/**
 * True when a backup is due: none was ever made, or the last one is older than the reminder setting.
 * "Never" counts as due; the caller shows the reminder only when there is something to back up
 * (at least one contact), so a new install is not greeted with it.
 */
export function backupDue(settings: BackupSettings, now: Date): boolean {
  const days = daysSinceBackup(settings, now);
  return days === null || days >= settings.backupReminderDays;
}

/** “today”, “yesterday”, “40 days ago”, or null when there has been no backup. */
export function backupAge(settings: BackupSettings, now: Date): string | null {
  const days = daysSinceBackup(settings, now);
  if (days === null) return null;
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/** The reminder's sentence, for the Today view. */
export function backupAgeText(settings: BackupSettings, now: Date): string {
  const age = backupAge(settings, now);
  return age === null ? 'You have not backed up Confab’s data yet.' : `Your last backup was ${age}.`;
}
