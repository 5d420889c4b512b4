import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  /** What is deleted, as a phrase: “the template “Alumni InMail””. */
  what: string;
  /** What follows the question; by default that it cannot be undone. */
  consequence?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline confirmation rather than window.confirm: it stays in the page's colours, reads in the
 * page's order, and focus starts on the harmless choice so a double Enter deletes nothing.
 */
export function ConfirmDelete({ what, consequence = 'This cannot be undone.', onConfirm, onCancel }: Props) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);

  return (
    <div class="confirm notice warn" role="group" aria-labelledby={id} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p id={id}>
        Delete {what}? {consequence}
      </p>
      <div class="row">
        <button type="button" ref={keep} onClick={onCancel}>
          Keep it
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          Yes, delete
        </button>
      </div>
    </div>
  );
}
