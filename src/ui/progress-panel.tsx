import './progress-panel.css';
import { useEffect, useRef } from 'preact/hooks';
import type { Progress } from '../core/progress/progress.ts';
import { progressLabel } from './progress-label.ts';

interface Props {
  /** The bar's accessible name: what is being done ("Restoring the backup"). */
  name: string;
  progress: Progress | null;
  onCancel: () => void;
  cancelling: boolean;
  /** Where the button that started the work went away: Cancel takes the focus, so the keyboard is not lost. */
  takeFocus?: boolean;
}

/**
 * Long work as it goes: a bar with its counts in words, and Cancel while cancelling still leaves
 * everything as it was; past that point, a sentence saying so instead.
 */
export function ProgressPanel({ name, progress, onCancel, cancelling, takeFocus = false }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) cancel.current?.focus();
  }, []);
  const known = progress !== null && progress.total > 0;
  const cancellable = progress?.cancellable ?? true;
  return (
    <div class="progress-panel stack">
      {/* Keyed: a bar without a value (busy, total unknown) must not keep the last one's value. */}
      {known ? (
        <progress key="counted" aria-label={name} max={progress.total} value={progress.done} />
      ) : (
        <progress key="busy" aria-label={name} />
      )}
      <p class="muted" role="status">
        {cancelling && cancellable ? 'Cancelling…' : progressLabel(progress)}
      </p>
      {cancellable ? (
        <div>
          <button type="button" ref={cancel} onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <p class="muted">Nearly done: it can no longer be cancelled.</p>
      )}
    </div>
  );
}
