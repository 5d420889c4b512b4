import { useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { send } from '../../messaging/send.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';

/**
 * The user's own notes on the person. Saved with a button rather than on every keystroke: each save
 * recomputes the contact's reminders in the background.
 */
export function NotesCard({ contact }: { contact: Contact }) {
  const [text, setText] = useState(contact.notes);
  const { status, setStatus, busy, run } = useAction();
  const changed = text !== contact.notes;

  const save = (event: Event) => {
    event.preventDefault();
    void run(() => send('updateContact', { slug: contact.slug, notes: text }), 'Notes saved.');
  };

  return (
    <section class="card" id="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <form class="stack" onSubmit={save}>
        <label class="field">
          Your notes on {contact.name}
          <textarea
            rows={5}
            maxLength={20_000}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setStatus(null);
            }}
          />
        </label>
        <div class="row">
          <button type="submit" class="primary" disabled={!changed || busy}>
            Save notes
          </button>
          {changed && <span class="muted">Not saved yet.</span>}
        </div>
      </form>
      <SaveStatusLine status={status} />
    </section>
  );
}
