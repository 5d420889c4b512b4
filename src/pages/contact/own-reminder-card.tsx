/**
 * A reminder of the person's own on this contact ("follow up on Jan 10", with a short note): it shows
 * in Today at its time, beside the method's reminders, and goes when done there or cleared here.
 */
import { useId, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { ownReminderNoteMax } from '../../core/reminders/own-reminder.ts';
import { send } from '../../messaging/send.ts';
import { formatDayTime } from '../../ui/format-date.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const localTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** The moment a date field and a time field name, in the browser's time zone; null when either is not a valid value. */
function localMoment(day: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const at = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  return Number.isNaN(at.getTime()) ? null : at;
}

export function OwnReminderCard({ contact }: { contact: Contact }) {
  const id = useId();
  const current = contact.ownReminder;
  const [day, setDay] = useState(current ? localDay(new Date(current.at)) : '');
  const [time, setTime] = useState(current ? localTime(new Date(current.at)) : '09:00');
  const [note, setNote] = useState(current?.note ?? '');
  const { status, setStatus, busy, run } = useAction();

  const save = (event: Event) => {
    event.preventDefault();
    const at = localMoment(day, time);
    if (!at) return setStatus({ kind: 'error', message: 'Choose the day (and the time) to be reminded.' });
    void run(
      () => send('setOwnReminder', { slug: contact.slug, reminder: { at: at.toISOString(), note: note.trim() } }),
      `You will be reminded on ${formatDayTime(at.toISOString())}, in Today.`,
    );
  };
  const clear = () => {
    void run(() => send('setOwnReminder', { slug: contact.slug, reminder: null }), 'Reminder cleared.').then((done) => {
      if (done) setNote('');
    });
  };

  return (
    <section class="card" aria-labelledby={`${id}-heading`} data-testid="own-reminder">
      <h2 id={`${id}-heading`}>Your reminder</h2>
      {current ? (
        <p class="row spread">
          <span>
            Follow up on {formatDayTime(current.at)}
            {current.note ? `: ${current.note}` : ''}
          </span>
          <button type="button" class="small" disabled={busy} onClick={clear}>
            Clear reminder
          </button>
        </p>
      ) : (
        <p class="muted">None set. A reminder shows in Today at its time.</p>
      )}
      <form class="stack" onSubmit={save}>
        <div class="inline-form">
          <label class="field">
            Remind me on
            <input type="date" required value={day} onInput={(e) => setDay(e.currentTarget.value)} />
          </label>
          <label class="field">
            At
            <input type="time" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
          </label>
        </div>
        <label class="field">
          Note (optional, up to {ownReminderNoteMax} characters)
          <input
            type="text"
            maxLength={ownReminderNoteMax}
            value={note}
            placeholder="Ask how the launch went"
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary start" disabled={busy}>
          {current ? 'Change reminder' : 'Set reminder'}
        </button>
      </form>
      <SaveStatusLine status={status} />
    </section>
  );
}
