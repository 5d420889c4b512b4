import { useState } from 'preact/hooks';
import { backupAge } from '../../core/backup/backup-due.ts';
import { Cancelled } from '../../core/progress/progress.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { formatDayTime } from '../../ui/format-date.ts';
import { RestorePanel } from './backup/restore-panel.tsx';
import './backup/backup.css';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { ProgressPanel } from '../../ui/progress-panel.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useLongSend } from '../../ui/use-long-send.ts';
import { useSave } from '../../ui/use-save.ts';

/**
 * Back up, and restore. The background makes the backup and reads it back (with its progress, and
 * Cancel); this page downloads it, then saves the date, so the Today view can remind the person when
 * it grows old.
 */
export function BackupSection({ settings }: { settings: Settings }) {
  const { status, busy, run } = useAction();
  const long = useLongSend();
  const [days, setDays] = useState(String(settings.backupReminderDays));
  const { status: saved, save } = useSave();
  const daysValid = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 365;

  const backUp = () => {
    if (busy) return;
    void run(
      async () => {
        const { makeBackup } = await import('./backup/backup-actions.ts');
        return long.start(makeBackup).catch((error: unknown) => {
          if (error instanceof Cancelled) return 'The backup was cancelled: no file was saved.';
          throw error;
        });
      },
      (message) => message,
    );
  };

  return (
    <SectionCard
      id="backup"
      intro="Everything Confab knows lives in this browser profile only. A backup is one file with all of it: keep it somewhere safe, away from this browser, to restore after a reset or on another computer."
    >
      <div class="row wrap backup-now">
        <button type="button" class="primary" onClick={backUp} aria-describedby="last-backup">
          Back up now
        </button>
        <p id="last-backup" class="muted">
          {settings.lastBackupAt
            ? `Last backup: ${formatDayTime(settings.lastBackupAt)} (${backupAge(settings, new Date())}).`
            : 'You have not backed up Confab’s data yet.'}
        </p>
      </div>
      <div aria-busy={busy}>
        {long.running && (
          <ProgressPanel name="Making the backup" progress={long.progress} cancelling={long.cancelling} onCancel={long.cancel} />
        )}
        <SaveStatusLine status={status} />
      </div>
      <form
        class="row wrap backup-reminder"
        onSubmit={(e) => {
          e.preventDefault();
          if (daysValid)
            void save({ backupReminderDays: Number(days) }, `Saved. The Today view reminds you once the last backup is ${days} days old.`);
        }}
      >
        <label class="field inline">
          Remind me to back up after
          <input
            type="number"
            min={1}
            max={365}
            value={days}
            aria-label="Remind me to back up after (days)"
            onInput={(e) => setDays(e.currentTarget.value)}
            aria-invalid={!daysValid}
          />
        </label>
        <span aria-hidden="true">days</span>
        <button type="submit" disabled={!daysValid}>
          Save reminder
        </button>
      </form>
      {!daysValid && (
        <p class="notice error" role="alert">
          Enter a whole number of days from 1 to 365.
        </p>
      )}
      <SaveStatusLine status={saved} />
      <RestorePanel />
    </SectionCard>
  );
}
