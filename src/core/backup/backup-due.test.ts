import { describe, expect, it } from 'vitest';
import { backupAge, backupAgeText, backupDue, daysSinceBackup } from './backup-due.ts';
import { defaultSettings } from '../settings/settings.ts';

const now = new Date('2026-05-01T12:00:00.000Z');
const backedUp = (iso: string | null, backupReminderDays = 30) => ({ ...defaultSettings, lastBackupAt: iso, backupReminderDays });

describe('the backup reminder', () => {
  it('is due when there never was a backup, with a 30-day default', () => {
    expect(defaultSettings.backupReminderDays).toBe(30);
    expect(backupDue(backedUp(null), now)).toBe(true);
    expect(backupAgeText(backedUp(null), now)).toBe('You have not backed up Confab’s data yet.');
  });

  it('is due once the last backup is as old as the setting, not before', () => {
    expect(backupDue(backedUp('2026-04-02T12:00:01.000Z'), now)).toBe(false);
    expect(backupDue(backedUp('2026-04-01T12:00:00.000Z'), now)).toBe(true);
    expect(backupDue(backedUp('2026-04-24T12:00:00.000Z', 7), now)).toBe(true);
  });

  it('says how long ago, in words', () => {
    expect(daysSinceBackup(backedUp('2026-03-01T12:00:00.000Z'), now)).toBe(61);
    expect(backupAgeText(backedUp('2026-03-01T12:00:00.000Z'), now)).toBe('Your last backup was 61 days ago.');
    expect(backupAgeText(backedUp('2026-04-30T11:00:00.000Z'), now)).toBe('Your last backup was yesterday.');
    expect(backupAgeText(backedUp('2026-05-01T08:00:00.000Z'), now)).toBe('Your last backup was today.');
    expect(backupAge(backedUp('2026-04-21T08:00:00.000Z'), now)).toBe('10 days ago');
    // A clock set back does not make a negative age.
    expect(daysSinceBackup(backedUp('2026-06-01T08:00:00.000Z'), now)).toBe(0);
  });
});
