import { useEffect, useRef, useState } from 'preact/hooks';
import type { Channel, Count } from '../core/channels.ts';
import { database } from '../db/database.ts';
import { getDraft } from '../db/drafts-repo.ts';
import { send } from '../messaging/send.ts';
import { copyText } from './copy-text.ts';

interface Props {
  slug: string;
  channel: Channel;
  countBody: (text: string) => Count;
  countSubject: ((text: string) => Count) | null;
}

/**
 * The text is saved on every keystroke: a popup closes as soon as it loses focus (to paste into
 * LinkedIn, say), and what was typed must be there when it is opened again.
 */
export function DraftEditor({ slug, channel, countBody, countSubject }: Props) {
  const [draft, setDraft] = useState<{ subject: string; body: string } | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; message: string } | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void getDraft(database(), slug, channel).then((saved) => setDraft({ subject: saved?.subject ?? '', body: saved?.body ?? '' }));
  }, [slug, channel]);

  if (!draft) return <p class="muted">Loading the draft…</p>;

  const change = (next: { subject: string; body: string }) => {
    setDraft(next);
    send('saveDraft', { slug, channel, ...next }).catch((error: unknown) =>
      setStatus({ kind: 'error', message: `The draft could not be saved: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };
  const body = countBody(draft.body);
  const subject = countSubject?.(draft.subject) ?? null;

  const copy = async () => {
    const copied = await copyText(draft.body, bodyRef.current);
    setStatus(copied ? { kind: 'ok', message: 'Copied. Paste it into LinkedIn and send it yourself.' } : { kind: 'error', message: 'Could not copy: select the text and press Ctrl+C.' });
  };

  return (
    <div class="stack">
      {countSubject && (
        <div class="field">
          <span class="row spread">
            <label for="draft-subject">Subject</label>
            {subject?.limit != null && <Counter count={subject} id="subject-count" />}
          </span>
          <input id="draft-subject" type="text" value={draft.subject} onInput={(e) => change({ ...draft, subject: e.currentTarget.value })} aria-describedby={subject?.limit != null ? 'subject-count' : undefined} />
        </div>
      )}
      <div class="field">
        <span class="row spread">
          <label for="draft-message">Message</label>
          <Counter count={body} id="message-count" />
        </span>
        <textarea id="draft-message" ref={bodyRef} rows={7} value={draft.body} onInput={(e) => change({ ...draft, body: e.currentTarget.value })} aria-describedby="message-count" placeholder="Lead with your connection, ask for 20 minutes about their path, never for a job." />
      </div>
      <div class="row">
        <button type="button" class="primary" onClick={() => void copy()} disabled={draft.body.trim() === ''}>
          Copy
        </button>
        {status && (
          <p class={`muted${status.kind === 'error' ? ' notice error' : ''}`} role="status">
            {status.message}
          </p>
        )}
      </div>
    </div>
  );
}

function Counter({ count, id }: { count: Count; id: string }) {
  const over = count.over && count.limit !== null ? ` · ${count.count - count.limit} over the limit` : '';
  return (
    <output id={id} class={`counter${count.over ? ' over' : ''}`} data-testid={id} aria-live="polite">
      {count.label}
      {over}
    </output>
  );
}
