import { useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { canMove, statusLabels } from '../../core/pipeline/status.ts';
import { send } from '../../messaging/send.ts';
import { formatDay, formatDayTime } from '../../ui/format-date.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { pageHref } from '../pages.ts';

const contactHref = (slug: string) => pageHref('contact', { slug });

/**
 * A time set on this page is the conversation's; the contact's status moves only through the state
 * machine. So: offer the move to Scheduled where the machine allows it (it lands on the timeline, and
 * can be undone here), say it when already scheduled, and say plainly why not otherwise.
 */
export function ScheduleMove({ contact, scheduledFor }: { contact: Contact; scheduledFor: string | null }) {
  const { status, busy, run } = useAction();
  // Undo is offered for the move made here, while it is still the contact's last one.
  const [moved, setMoved] = useState(false);
  const name = contact.name;
  const label = statusLabels[contact.status];

  const move = async (iso: string) => {
    const done = await run(
      () => send('moveContact', { slug: contact.slug, to: 'scheduled', scheduledFor: iso }),
      `Moved ${name} to Scheduled for ${formatDayTime(iso)}. The move is on their timeline.`,
    );
    setMoved(done !== undefined);
  };
  const undo = async () => {
    const done = await run(
      () => send('undoMove', { slug: contact.slug }),
      ({ contact: back }) => `Undone: ${name} is ${statusLabels[back.status]} again.`,
    );
    if (done) setMoved(false);
  };

  let body = null;
  if (contact.status === 'scheduled') {
    body = contact.scheduledFor && (
      <p class="muted">{`${name} is Scheduled for ${formatDayTime(contact.scheduledFor)}. A new time here changes theirs too.`}</p>
    );
  } else if (!scheduledFor) {
    body = null;
  } else if (canMove(contact.status, 'scheduled')) {
    body = (
      <div class="row wrap">
        <p>{`${name} is ${label}. Now that you have a time, move them on:`}</p>
        <button type="button" class="primary" disabled={busy} onClick={() => void move(scheduledFor)}>
          Move {name} to Scheduled for {formatDay(scheduledFor)}
        </button>
      </div>
    );
  } else if (contact.status !== 'met' && contact.status !== 'thanked') {
    body = (
      <p class="notice warn">
        {`${name} is ${label}, so this time is kept with the conversation only: a contact moves to Scheduled once they have said yes. `}
        Record their reply on <a href={contactHref(contact.slug)}>{name}’s contact page</a>, then come back here to move them to Scheduled.
      </p>
    );
  }

  return (
    <div class="schedule-move" data-testid="schedule-move">
      {body}
      <SaveStatusLine status={status} />
      {moved && contact.status === 'scheduled' && (
        <div class="row wrap">
          <button type="button" disabled={busy} onClick={() => void undo()}>
            Undo the move to Scheduled
          </button>
        </div>
      )}
    </div>
  );
}
