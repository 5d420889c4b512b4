import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { AfterMeetingDraft } from '../../core/after-meeting-drafts.ts';
import { copyText } from '../../ui/copy-text.ts';

interface Props {
  id: string;
  title: string;
  /** When this message is sent, in the method's terms. */
  when: string;
  draft: AfterMeetingDraft;
  /** What the draft had to do without, as plain advice. */
  hints: string[];
  children?: ComponentChildren;
}

/** One generated message: its subject and body, read-only (they follow the notes), and Copy. */
export function DraftBox({ id, title, when, draft, hints, children }: Props) {
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const copy = async () => {
    const copied = await copyText(draft.body, bodyRef.current);
    setStatus(copied ? { ok: true, message: `Copied the ${title.toLowerCase()}. Paste it and send it yourself.` } : { ok: false, message: 'Could not copy: select the text and press Ctrl+C.' });
  };

  return (
    <div class="draft-box" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{title}</h3>
      <p class="muted">{when}</p>
      {hints.length > 0 && (
        <ul class="hints" aria-label={`To make the ${title.toLowerCase()} better`}>
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
      {children}
      <div class="field">
        <label for={`${id}-subject`}>Subject</label>
        <input id={`${id}-subject`} type="text" readOnly value={draft.subject} />
      </div>
      <div class="field">
        <label for={`${id}-body`}>Message</label>
        <textarea id={`${id}-body`} ref={bodyRef} rows={Math.max(6, draft.body.split('\n').length + 1)} readOnly value={draft.body} />
      </div>
      <div class="row wrap">
        <button type="button" class="primary" aria-label={`Copy the ${title.toLowerCase()}`} onClick={() => void copy()}>
          Copy
        </button>
        {status && (
          <p class={status.ok ? 'muted' : 'notice error'} role={status.ok ? 'status' : 'alert'}>
            {status.message}
          </p>
        )}
      </div>
    </div>
  );
}
