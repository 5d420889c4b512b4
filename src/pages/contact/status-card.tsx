import { useRef, useState } from 'preact/hooks';
import type { Contact, TimelineEvent } from '../../core/contacts/contact.ts';
import { nextStatuses, statusLabels, type Status } from '../../core/pipeline/status.ts';
import { send } from '../../messaging/send.ts';
import { formatDayTime } from '../../ui/format-date.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { MoveForm, type MoveRequest } from './move-form.tsx';

/** The move that led to the current status: the one Undo takes back (the background checks it too). */
function lastMove(contact: Contact, timeline: readonly TimelineEvent[]): TimelineEvent | undefined {
  const moves = timeline.filter((event) => event.before && event.from && event.to);
  const last = moves.at(-1);
  return last && last.to === contact.status && Date.parse(last.at) === Date.parse(contact.statusChangedAt) ? last : undefined;
}

/** The current status, the moves the flow allows from it, and Undo for the last one. */
export function StatusCard({ contact, timeline }: { contact: Contact; timeline: readonly TimelineEvent[] }) {
  const [moving, setMoving] = useState<Status | null>(null);
  const { status, busy, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const undoable = lastMove(contact, timeline);

  const move = async (request: MoveRequest) => {
    const done = await run(() => send('moveContact', { slug: contact.slug, ...request }), `Moved to ${statusLabels[request.to]}.`);
    if (done) {
      setMoving(null);
      heading.current?.focus();
    }
  };
  const undo = async () => {
    if (!undoable?.from) return;
    await run(() => send('undoMove', { slug: contact.slug }), `Undone: back to ${statusLabels[undoable.from!]}.`);
  };

  return (
    <section class="card" id="status" aria-labelledby="status-heading">
      <div class="card-title">
        <h2 id="status-heading" ref={heading} tabIndex={-1}>
          Status: {statusLabels[contact.status]}
        </h2>
        <span class="muted">since {formatDayTime(contact.statusChangedAt)}</span>
      </div>
      {contact.status === 'scheduled' && contact.scheduledFor && <p>Meeting on {formatDayTime(contact.scheduledFor)}.</p>}
      {contact.metAt && contact.status === 'met' && <p>Met on {formatDayTime(contact.metAt)}: the thank-you note is next.</p>}
      <div class="row wrap" role="group" aria-label="Moves">
        {nextStatuses(contact.status).map((to) => (
          <button key={to} type="button" aria-pressed={moving === to} onClick={() => setMoving(moving === to ? null : to)}>
            Move to {statusLabels[to]}
          </button>
        ))}
        {undoable?.from && (
          <button type="button" class="push-end" disabled={busy} onClick={() => void undo()}>
            Undo last move ({statusLabels[undoable.from]} → {statusLabels[contact.status]})
          </button>
        )}
      </div>
      {moving && (
        <MoveForm key={moving} contact={contact} to={moving} busy={busy} onSubmit={(m) => void move(m)} onCancel={() => setMoving(null)} />
      )}
      <SaveStatusLine status={status} />
    </section>
  );
}
