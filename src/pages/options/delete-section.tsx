import { useEffect, useRef, useState } from 'preact/hooks';
import { database } from '../../db/database.ts';
import { send } from '../../messaging/send.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { reloadWithOutcome, takeOutcome } from './backup/after-reload.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useAction } from '../../ui/use-action.ts';

const people = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'contact' : 'contacts'}`;

/**
 * Delete everything, after a confirmation that says how many contacts will go. The number shown is
 * the number sent: if a contact was saved meanwhile, the background refuses and nothing goes.
 */
export function DeleteSection() {
  const live = useLiveQuery(() => database().contacts.count(), []);
  const [asking, setAsking] = useState(false);
  const { status, setStatus, busy, run } = useAction();
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const count = live.state === 'ready' ? live.value : null;

  useEffect(() => {
    const message = takeOutcome('delete');
    if (message) setStatus({ kind: 'ok', message });
  }, []);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => start.current?.focus());
  };
  const confirm = (contacts: number) => {
    if (busy) return;
    void run(
      async () => {
        await send('deleteEverything', { confirm: contacts });
        const message = `Deleted everything: ${people(contacts)}, their conversations and drafts, your employers and your settings. Confab is as new.`;
        reloadWithOutcome('delete', message);
        return message;
      },
      (message) => message,
    );
  };

  return (
    <SectionCard
      id="delete"
      intro="Remove everything Confab keeps in this browser: contacts, conversations, timelines, drafts, employers and settings, with their reminders and notifications. Back up first if you may want any of it again."
    >
      {!asking && (
        <div class="row">
          <button type="button" ref={start} class="danger-outline" onClick={() => setAsking(true)} disabled={count === null}>
            Delete everything…
          </button>
        </div>
      )}
      {asking && count !== null && (
        <div
          class="delete-confirm notice warn"
          role="group"
          aria-labelledby="delete-question"
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <p id="delete-question">
            {count > 0 ? (
              <>
                Delete all <strong>{people(count)}</strong>, with their conversations, timelines and drafts, your employers and your
                settings?
              </>
            ) : (
              'There are no contacts. Delete your employers, settings and everything else?'
            )}{' '}
            This cannot be undone.
          </p>
          <div class="row wrap" aria-busy={busy}>
            <button type="button" ref={keep} onClick={cancel}>
              Keep everything
            </button>
            <button type="button" class="danger" onClick={() => confirm(count)}>
              {count > 0 ? `Yes, delete ${people(count)} and everything else` : 'Yes, delete everything'}
            </button>
          </div>
        </div>
      )}
      <SaveStatusLine status={status} />
    </SectionCard>
  );
}
