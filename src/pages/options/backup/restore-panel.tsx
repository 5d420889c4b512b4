import { useEffect, useRef, useState } from 'preact/hooks';
import type { RestoreMode, RestorePreview } from '../../../core/backup/backup-format.ts';
import { Cancelled } from '../../../core/progress/progress.ts';
import { refusalOf } from '../../../messaging/send.ts';
import { formatDayTime } from '../../../ui/format-date.ts';
import { ProgressPanel } from '../../../ui/progress-panel.tsx';
import { SaveStatusLine } from '../../../ui/save-status.tsx';
import type { SaveStatus } from '../../../ui/use-save.ts';
import { useLongSend } from '../../../ui/use-long-send.ts';
import { reloadWithOutcome, takeOutcome } from './after-reload.ts';
import { RestorePreviewTable } from './restore-preview.tsx';

interface Checked {
  fileName: string;
  text: string;
  exportedAt: string;
  previews: Record<RestoreMode, RestorePreview>;
}

type Step =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; problems: string[] }
  | ({ step: 'ready' | 'restoring' } & Checked);

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
 * Choose a file, see what is wrong with it or what restoring it would change, then confirm. The
 * background checks the whole file and compares it with what is here, then, confirmed, checks it
 * again and writes it in one transaction; both show their progress and can be cancelled, and a
 * cancelled restore changes nothing.
 */
export function RestorePanel() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [status, setStatus] = useState<SaveStatus>(null);
  const long = useLongSend();
  const panel = useRef<HTMLDivElement>(null);
  // The file chosen last: the answer about an earlier one is dropped.
  const chosen = useRef(0);

  // After a restore the page was loaded afresh: say how it went, here, and bring it into view.
  useEffect(() => {
    const message = takeOutcome('backup');
    if (!message) return;
    setStatus({ kind: 'ok', message });
    requestAnimationFrame(() => panel.current?.scrollIntoView({ block: 'center' }));
  }, []);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    const attempt = ++chosen.current;
    const current = () => attempt === chosen.current;
    long.cancel();
    setStatus(null);
    if (!file) return setState({ step: 'choose' });
    const { sizeProblem, checkBackup } = await actions();
    const tooLarge = sizeProblem(file);
    if (tooLarge) return setState({ step: 'refused', fileName: file.name, problems: [tooLarge] });
    setState({ step: 'checking', fileName: file.name });
    const text = await file.text();
    try {
      const check = await long.start((onProgress) => checkBackup(text, onProgress));
      if (current()) setState({ step: 'ready', fileName: file.name, text, ...check });
    } catch (error) {
      if (!current()) return;
      // A refused file's problems come one per line.
      const problems = refusalOf(error).message.split('\n');
      if (!(error instanceof Cancelled)) return setState({ step: 'refused', fileName: file.name, problems });
      input.value = '';
      setState({ step: 'choose' });
      setStatus({ kind: 'ok', message: `Stopped checking ${file.name}. Nothing was changed.` });
    }
  };

  const confirm = async () => {
    if (state.step !== 'ready' || long.running) return;
    setStatus(null);
    setState({ ...state, step: 'restoring' });
    try {
      const { restore } = await actions();
      reloadWithOutcome('backup', await long.start((onProgress) => restore(state.text, mode, onProgress)));
    } catch (error) {
      setState({ ...state, step: 'ready' });
      setStatus(
        error instanceof Cancelled
          ? { kind: 'ok', message: 'The restore was cancelled: nothing was changed.' }
          : { kind: 'error', message: refusalOf(error).message },
      );
    }
  };

  return (
    <div class="restore" role="group" aria-labelledby="restore-heading" ref={panel}>
      <h3 id="restore-heading">Restore</h3>
      <label class="field">
        Backup file to restore
        <input
          type="file"
          accept=".json,application/json"
          aria-describedby="restore-help"
          disabled={state.step === 'restoring'}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      <p id="restore-help" class="muted">
        Confab checks the whole file and shows what would change before anything does.
      </p>
      {state.step === 'checking' && (
        <ProgressPanel name={`Checking ${state.fileName}`} progress={long.progress} cancelling={long.cancelling} onCancel={long.cancel} />
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
      {(state.step === 'ready' || state.step === 'restoring') && (
        <>
          <p>
            <strong>{state.fileName}</strong>: a backup made {formatDayTime(state.exportedAt)}.
          </p>
          <fieldset class="restore-modes" disabled={state.step === 'restoring'}>
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
          <RestorePreviewTable preview={state.previews[mode]} mode={mode} />
          {state.step === 'restoring' ? (
            <ProgressPanel
              name="Restoring the backup"
              progress={long.progress}
              cancelling={long.cancelling}
              onCancel={long.cancel}
              takeFocus
            />
          ) : (
            <div class="row wrap">
              <button type="button" class={mode === 'replace' ? 'danger' : 'primary'} onClick={() => void confirm()}>
                {mode === 'merge' ? 'Merge this backup' : 'Replace everything with this backup'}
              </button>
              <button type="button" onClick={() => setState({ step: 'choose' })}>
                Cancel
              </button>
            </div>
          )}
        </>
      )}
      <SaveStatusLine status={status} />
    </div>
  );
}
