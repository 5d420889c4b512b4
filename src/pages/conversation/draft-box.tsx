import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AfterMeetingDraft } from '../../core/conversation/after-meeting-drafts.ts';
import type { EditedDraft } from '../../core/conversation/meeting-notes.ts';
import { copyText } from '../../ui/copy-text.ts';

interface Props {
  id: string;
  title: string;
  /** When this message is sent, in the method's terms. */
  when: string;
  /** The draft written from the notes: shown until the user edits it. */
  draft: AfterMeetingDraft;
  /** The user's own version, once they edited it. */
  edited: EditedDraft | undefined;
  /** A new version as the user types; null goes back to the draft written from the notes. */
  onEdit: (draft: EditedDraft | null) => void;
  /** What the draft had to do without, as plain advice. */
  hints: string[];
  /** What the message is written from, above it (a field it uses). */
  children?: ComponentChildren;
  /** What the user does once it is sent, beside Copy. */
  actions?: ComponentChildren;
}

/** One after-meeting message: started from the notes, then the user's to edit; saved as typed, and Copy. */
export function DraftBox({ id, title, when, draft, edited, onEdit, hints, children, actions }: Props) {
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const restartRef = useRef<HTMLButtonElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const subject = edited?.subject ?? draft.subject;
  const body = edited?.body ?? draft.body;
  const name = title.toLowerCase();
  useEffect(() => {
    if (asking) replaceRef.current?.focus();
  }, [asking]);

  const copy = async () => {
    const copied = await copyText(body, bodyRef.current);
    setStatus(
      copied
        ? { ok: true, message: `Copied the ${name}. Paste it and send it yourself.` }
        : { ok: false, message: 'Could not copy: select the text and press Ctrl+C.' },
    );
  };
  const answer = (replace: boolean) => {
    setAsking(false);
    if (replace) {
      onEdit(null);
      setStatus({ ok: true, message: `Started the ${name} again from your notes.` });
      bodyRef.current?.focus();
    } else restartRef.current?.focus();
  };

  return (
    <div class="draft-box" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{title}</h3>
      <p class="muted">{when}</p>
      {!edited && hints.length > 0 && (
        <ul class="hints" aria-label={`To make the ${name} better`}>
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
      {children}
      <div class="field">
        <label for={`${id}-subject`}>Subject</label>
        <input
          id={`${id}-subject`}
          type="text"
          maxLength={2_000}
          value={subject}
          onInput={(e) => onEdit({ subject: e.currentTarget.value, body })}
        />
      </div>
      <div class="field">
        <label for={`${id}-body`}>Message</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          rows={Math.max(6, body.split('\n').length + 1)}
          maxLength={20_000}
          value={body}
          aria-describedby={`${id}-origin`}
          onInput={(e) => onEdit({ subject, body: e.currentTarget.value })}
        />
        <p id={`${id}-origin`} class="muted">
          {edited
            ? 'Your own version: it stays as you wrote it when the notes change.'
            : 'A suggestion from your notes: edit it freely, it is saved as you type.'}
        </p>
      </div>
      {asking && (
        <div class="notice warn confirm-restart" role="group" aria-label={`Start the ${name} again?`}>
          <p>Replace your version with the suggestion written from your notes? Your edits will be lost.</p>
          <div class="row wrap">
            <button type="button" ref={replaceRef} onClick={() => answer(true)}>
              Replace with the suggestion
            </button>
            <button type="button" onClick={() => answer(false)}>
              Keep my version
            </button>
          </div>
        </div>
      )}
      <div class="row wrap">
        <button type="button" class="primary" aria-label={`Copy the ${name}`} onClick={() => void copy()}>
          Copy
        </button>
        {actions}
        {edited && (
          <button type="button" ref={restartRef} class="push-end" onClick={() => setAsking(true)}>
            Start again from the suggestion
          </button>
        )}
      </div>
      {status && (
        <p class={status.ok ? 'muted' : 'notice error'} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
    </div>
  );
}
