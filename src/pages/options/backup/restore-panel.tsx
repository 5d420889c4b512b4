import { useEffect, useRef, useState } from 'preact/hooks';
import type { Backup, RestoreMode, RestorePreview } from '../../../core/backup/backup-format.ts';
import { formatDayTime } from '../../../ui/format-date.ts';
import { SaveStatusLine } from '../../../ui/save-status.tsx';
import { useAction } from '../../../ui/use-action.ts';
import { reloadWithOutcome, takeOutcome } from './after-reload.ts';
import { RestorePreviewTable } from './restore-preview.tsx';

type Step =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; problems: string[] }
  | { step: 'ready'; fileName: string; text: string; backup: Backup };

const actions = () => import('./backup-actions.ts');

const modes: { mode: RestoreMode; label: string; help: string }[] = [
  {
    mode: 'merge',
    label: 'Merge',
    help: 'Keep what is here and add the backup. Where a contact is in both, the one changed more recently wins, with its conversations and drafts. Your settings here stay.',
  },
  { mode: 'replace', label: 'Replace', help: 'Make Confab exactly the backup: whatever is here and not in the file is removed.' },
];

/**
 * Choose a file, see what is wrong with it or what restoring it would change, then confirm. The file
 * is checked whole and previewed here (reading the database only); the background checks it again
 * and writes it in one transaction.
 */
export function RestorePanel() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const { status, setStatus, busy, run } = useAction();
  const panel = useRef<HTMLDivElement>(null);

  // After a restore the page was loaded afresh: say how it went, here, and bring it into view.
  useEffect(() => {
    const message = takeOutcome('backup');
    if (!message) return;
    setStatus({ kind: 'ok', message });
    requestAnimationFrame(() => panel.current?.scrollIntoView({ block: 'center' }));
  }, []);

  useEffect(() => {
    if (state.step !== 'ready') return;
    let current = true;
    setPreview(null);
    actions()
      .then(({ previewRestore }) => previewRestore(state.backup, mode))
      .then((counts) => current && setPreview(counts))
      .catch(
        (error: unknown) =>
          current && setStatus({ kind: 'error', message: `Could not compare the backup with what is here: ${String(error)}` }),
      );
    return () => void (current = false);
  }, [state, mode]);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setStatus(null);
    if (!file) return setState({ step: 'choose' });
    setState({ step: 'reading', fileName: file.name });
    // Let “Reading…” show before a large file keeps the page busy.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reading = await (await actions()).readBackupFile(file);
    setState(
      reading.ok
        ? { step: 'ready', fileName: file.name, text: reading.text, backup: reading.backup }
        : { step: 'refused', fileName: file.name, problems: reading.problems },
    );
  };

  const confirm = () => {
    if (busy || state.step !== 'ready') return;
    void run(
      async () => {
        const message = await (await actions()).restore(state.text, mode);
        reloadWithOutcome('backup', message);
        return message;
      },
      (message) => message,
    );
  };

  return (
    <div class="restore" role="group" aria-labelledby="restore-heading" ref={panel}>
      <h3 id="restore-heading">Restore</h3>
      <label class="field">
        Backup file to restore
        <input type="file" accept=".json,application/json" aria-describedby="restore-help" onChange={(e) => void choose(e.currentTarget)} />
      </label>
      <p id="restore-help" class="muted">
        Confab checks the whole file and shows what would change before anything does.
      </p>
      {state.step === 'reading' && (
        <p class="notice" role="status">
          Reading {state.fileName}…
        </p>
      )}
      {state.step === 'refused' && (
        <div class="notice error" role="alert">
          <p>
            <strong>{state.fileName}</strong> cannot be restored, and nothing was changed:
          </p>
          <ul class="plain-list problems">
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'ready' && (
        <>
          <p>
            <strong>{state.fileName}</strong>: a backup made {formatDayTime(state.backup.exportedAt)}.
          </p>
          <fieldset class="restore-modes">
            <legend>How to restore</legend>
            {modes.map((choice) => (
              <label key={choice.mode} class="check">
                <input
                  type="radio"
                  name="restore-mode"
                  value={choice.mode}
                  checked={mode === choice.mode}
                  onChange={() => setMode(choice.mode)}
                />
                <span>
                  {choice.label}
                  <span class="muted block">{choice.help}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {preview ? <RestorePreviewTable preview={preview} mode={mode} /> : <p class="muted">Comparing with what is here…</p>}
          <div class="row wrap" aria-busy={busy}>
            <button type="button" class={mode === 'replace' ? 'danger' : 'primary'} onClick={confirm} disabled={!preview}>
              {mode === 'merge' ? 'Merge this backup' : 'Replace everything with this backup'}
            </button>
            <button type="button" onClick={() => setState({ step: 'choose' })}>
              Cancel
            </button>
          </div>
        </>
      )}
      <SaveStatusLine status={status} />
    </div>
  );
}
