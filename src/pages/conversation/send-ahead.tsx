import { useRef, useState } from 'preact/hooks';
import type { Agenda } from '../../core/conversation/agenda.ts';
import { agendaText, formatMeetingTime } from '../../core/conversation/agenda-text.ts';
import type { Contact } from '../../core/contacts/contact.ts';
import { firstNameOf } from '../../core/drafting/template-variables.ts';
import { copyText } from '../../ui/copy-text.ts';
import { downloadInvite } from './download-invite.ts';
import { fromLocalInput, localZoneName, toLocalInput } from '../../ui/local-time.ts';
import { MeetingPlaceField } from './meeting-place-field.tsx';
import { ScheduleMove } from './schedule-move.tsx';

interface Props {
  slug: string;
  contact: Contact;
  agenda: Agenda;
  scheduledFor: string | null;
  conversationId: number | null;
  myName: string;
  onSchedule: (iso: string | null) => void;
}

type Status = { kind: 'ok' | 'error'; message: string } | null;

/** The method: send the agenda ahead, and put the time in both calendars. Nothing is sent from here. */
export function SendAhead({ slug, contact, agenda, scheduledFor, conversationId, myName, onSchedule }: Props) {
  const [status, setStatus] = useState<Status>(null);
  // The field owns the place while the page is open; the contact's stored value starts it.
  const [place, setPlace] = useState(contact.meetingPlace);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const start = scheduledFor ? new Date(scheduledFor) : null;
  const text = agendaText(agenda, { firstName: firstNameOf(contact.name), start, myName, place });
  const past = start !== null && start.getTime() < Date.now();

  const copy = async () => {
    const copied = await copyText(text, textRef.current);
    setStatus(
      copied
        ? { kind: 'ok', message: 'Copied the agenda. Paste it into your message and send it yourself.' }
        : { kind: 'error', message: 'Could not copy: select the text and press Ctrl+C.' },
    );
  };
  const download = async () => {
    if (!start) return;
    try {
      const fileName = await downloadInvite({ slug, name: contact.name, email: contact.email, place, start, agenda, conversationId });
      setStatus({
        kind: 'ok',
        message: `Downloaded ${fileName}. Open it to add the conversation to your calendar, or attach it to your invitation.`,
      });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section id="send-ahead" class="card" aria-labelledby="send-ahead-heading">
      <h2 id="send-ahead-heading">Send ahead</h2>
      <p class="muted">Send the agenda a few days before the conversation, and confirm the day before.</p>
      <div class="field when">
        <label for="meeting-time">Meeting date and time</label>
        <input
          id="meeting-time"
          type="datetime-local"
          value={toLocalInput(scheduledFor)}
          aria-describedby="meeting-time-hint"
          onInput={(e) => {
            const value = e.currentTarget.value;
            const iso = fromLocalInput(value);
            if (iso !== null || value === '') onSchedule(iso);
          }}
        />
        <p id="meeting-time-hint" class="muted">
          In your time zone ({localZoneName()}). {start && `That is ${formatMeetingTime(start)}.`}
        </p>
        {past && <p class="notice warn">This time has passed. Change it if the conversation moved.</p>}
      </div>
      <ScheduleMove contact={contact} scheduledFor={scheduledFor} />
      <MeetingPlaceField slug={slug} value={place} onChange={setPlace} />
      <div class="field">
        <label for="agenda-text">Agenda message</label>
        <textarea id="agenda-text" ref={textRef} rows={text.split('\n').length + 1} readOnly value={text} />
      </div>
      <div class="row wrap">
        <button
          type="button"
          class="primary"
          disabled={!start}
          aria-describedby={start ? undefined : 'send-ahead-reason'}
          onClick={() => void copy()}
        >
          Copy agenda
        </button>
        <button type="button" disabled={!start} aria-describedby={start ? undefined : 'send-ahead-reason'} onClick={() => void download()}>
          Download invite (.ics)
        </button>
      </div>
      <p class="muted">
        {contact.email
          ? `The invite lists ${contact.name} (${contact.email}) as a guest.`
          : `With ${contact.name}’s e-mail address on their contact page, the invite lists them as a guest.`}
      </p>
      {!start && (
        <p id="send-ahead-reason" class="muted">
          Set the meeting date and time first: the message and the invite both say when you meet.
        </p>
      )}
      {status && (
        <p class={status.kind === 'ok' ? 'notice ok' : 'notice error'} role={status.kind === 'ok' ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
    </section>
  );
}
