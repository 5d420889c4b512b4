import { useState } from 'preact/hooks';
import type { Channel } from '../../../core/drafting/channels.ts';
import type { Contact } from '../../../core/contacts/contact.ts';
import { canMove } from '../../../core/pipeline/status.ts';
import { formatDay } from '../../../ui/format-date.ts';
import { send } from '../../../messaging/send.ts';
import { copyText } from '../../../ui/copy-text.ts';

interface Props {
  contact: Contact;
  channel: Channel;
  text: string;
  field: HTMLTextAreaElement | null;
  /** Why copying as it is would be a mistake (over the limit, a gap left); empty when fine. */
  warnings: string[];
}

type Stage =
  { kind: 'idle' } | { kind: 'confirm' } | { kind: 'copied' } | { kind: 'sent'; at: string } | { kind: 'error'; message: string };

/**
 * Copy, then "I sent it". Confab never sends: the person pastes the text on LinkedIn or in their mail,
 * then tells Confab, which moves the contact to Requested with the date so the follow-up rules start.
 */
export function CopyAndSent({ contact, channel, text, field, warnings }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  const copy = async () => {
    const copied = await copyText(text, field);
    setStage(copied ? { kind: 'copied' } : { kind: 'error', message: 'Could not copy: select the text and press Ctrl+C.' });
  };
  const sent = async () => {
    try {
      const { contact: moved } = await send('markSent', { slug: contact.slug, channel });
      setStage({ kind: 'sent', at: moved.statusChangedAt });
    } catch (error) {
      setStage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const canMarkSent = canMove(contact.status, 'requested');

  return (
    <div class="stack copy-area">
      {stage.kind === 'confirm' ? (
        <div class="notice warn" role="alert">
          <ul class="plain">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <div class="row">
            <button type="button" class="primary" onClick={() => void copy()}>
              Copy anyway
            </button>
            <button type="button" onClick={() => setStage({ kind: 'idle' })}>
              Keep editing
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button
            type="button"
            class="primary"
            disabled={text.trim() === ''}
            onClick={() => (warnings.length > 0 ? setStage({ kind: 'confirm' }) : void copy())}
          >
            Copy
          </button>
          {stage.kind === 'copied' && canMarkSent && (
            <button type="button" onClick={() => void sent()}>
              I sent it
            </button>
          )}
        </div>
      )}
      {stage.kind === 'copied' && (
        <p class="muted" role="status">
          Copied. Paste it into LinkedIn and send it yourself{canMarkSent ? ', then press I sent it.' : '.'}
        </p>
      )}
      {stage.kind === 'sent' && (
        <p class="notice ok" role="status">
          Marked as requested on {formatDay(stage.at)}. Today will remind you if no reply comes.
        </p>
      )}
      {stage.kind === 'error' && (
        <p class="notice error" role="alert">
          {stage.message}
        </p>
      )}
    </div>
  );
}
