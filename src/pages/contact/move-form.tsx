import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { statusLabels, type Status } from '../../core/pipeline/status.ts';
import { fromLocalInput, localZoneName, toLocalInput } from '../../ui/local-time.ts';

export interface MoveRequest {
  to: Status;
  note?: string;
  scheduledFor?: string;
  heldAt?: string;
}

interface Props {
  contact: Contact;
  to: Status;
  busy: boolean;
  onSubmit: (move: MoveRequest) => void;
  onCancel: () => void;
}

/**
 * A meeting being held is usually recorded after it: the scheduled time when it has passed, else now.
 * A meeting being scheduled keeps an upcoming time already known, else asks for one.
 */
function defaultWhen(contact: Contact, to: Status, now = new Date()): string {
  const scheduled = contact.scheduledFor ? new Date(contact.scheduledFor) : null;
  if (to === 'met') return toLocalInput((scheduled && contact.status === 'scheduled' && scheduled <= now ? scheduled : now).toISOString());
  if (to === 'scheduled' && scheduled && scheduled > now) return toLocalInput(scheduled.toISOString());
  return '';
}

/** The details of one move before it is made: its date where it needs one, and an optional note. */
export function MoveForm({ contact, to, busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const [when, setWhen] = useState(() => defaultWhen(contact, to));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const first = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const asksWhen = to === 'scheduled' || to === 'met';

  const submit = (event: Event) => {
    event.preventDefault();
    const instant = fromLocalInput(when);
    if (to === 'scheduled' && !instant) return setProblem('Give the date and time of the meeting.');
    if (to === 'met' && instant && Date.parse(instant) > Date.now())
      return setProblem('A conversation cannot be marked as held in the future.');
    setProblem('');
    onSubmit({
      to,
      note: note.trim() || undefined,
      scheduledFor: to === 'scheduled' ? instant! : undefined,
      heldAt: to === 'met' && instant ? instant : undefined,
    });
  };

  return (
    <form class="move-form notice" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Move to {statusLabels[to]}</h3>
      {asksWhen && (
        <label class="field">
          {to === 'scheduled' ? 'Meeting date and time' : 'When it was held'}
          <input
            ref={first}
            type="datetime-local"
            value={when}
            aria-required={to === 'scheduled' ? 'true' : undefined}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={`${id}-zone`}
            onInput={(e) => setWhen(e.currentTarget.value)}
          />
          <span class="help" id={`${id}-zone`}>
            Your local time ({localZoneName()}).
          </span>
        </label>
      )}
      <label class="field">
        Note (optional)
        <textarea
          ref={asksWhen ? undefined : first}
          rows={2}
          maxLength={2_000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          Move to {statusLabels[to]}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
