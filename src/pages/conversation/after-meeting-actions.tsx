import type { Contact } from '../../core/contacts/contact.ts';
import { dueItemKey } from '../../core/reminders/due-items.ts';
import { canMove, statusLabels } from '../../core/pipeline/status.ts';
import { send } from '../../messaging/send.ts';
import { formatDay } from '../../ui/format-date.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';

/**
 * What the user records once a message is sent: the thank-you moves the contact to Thanked (which
 * ends the reminder and the badge's count), the others are dated lines on the timeline.
 */
export function MarkThanked({ contact }: { contact: Contact }) {
  const { status, busy, run } = useAction();
  if (contact.thankedAt && !canMove(contact.status, 'thanked')) {
    return (
      <>
        <p class="muted">Thanked on {formatDay(contact.thankedAt)}.</p>
        <SaveStatusLine status={status} />
      </>
    );
  }
  const allowed = canMove(contact.status, 'thanked');
  const reasonId = 'mark-thanked-reason';
  return (
    <>
      <button
        type="button"
        disabled={!allowed || busy}
        aria-describedby={allowed ? undefined : reasonId}
        onClick={() =>
          void run(() => send('markThanked', { slug: contact.slug }), `Marked ${contact.name} as thanked: the thank-you reminder is done.`)
        }
      >
        Mark thanked
      </button>
      {!allowed && (
        <p id={reasonId} class="muted">
          {`${contact.name} is ${statusLabels[contact.status]}: once you have met, move them to Met on their contact page, and mark them thanked here.`}
        </p>
      )}
      <SaveStatusLine status={status} />
    </>
  );
}

export function ReferralSent({ contact }: { contact: Contact }) {
  const { status, busy, run } = useAction();
  return (
    <>
      <button
        type="button"
        aria-label="I sent the referral request"
        disabled={busy}
        onClick={() =>
          void run(() => send('referralAsked', { slug: contact.slug }), `Noted on ${contact.name}’s timeline: referral request sent.`)
        }
      >
        I sent it
      </button>
      <SaveStatusLine status={status} />
    </>
  );
}

export function LoopClosedSent({ contact }: { contact: Contact }) {
  const { status, busy, run } = useAction();
  // The close-the-loop reminder counts from when the advice was acted on; done, it dates the closed loop.
  const key = dueItemKey(contact.slug, 'close-the-loop', new Date(contact.adviceActedOnAt ?? Date.now()));
  return (
    <>
      <button
        type="button"
        aria-label="I sent the note closing the loop"
        disabled={busy}
        onClick={() =>
          void run(
            () => send('dueAction', { slug: contact.slug, key, action: 'done' }),
            `Noted on ${contact.name}’s timeline: loop closed.`,
          )
        }
      >
        I sent it
      </button>
      {contact.loopClosedAt && !status && <p class="muted">Loop last closed on {formatDay(contact.loopClosedAt)}.</p>}
      <SaveStatusLine status={status} />
    </>
  );
}
