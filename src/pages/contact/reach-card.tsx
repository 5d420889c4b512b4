import { useId, useState } from 'preact/hooks';
import { contactSchema, type Contact } from '../../core/contacts/contact.ts';
import { send } from '../../messaging/send.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';

/** The address as the contact schema accepts it (empty, or an e-mail address): the one rule, checked here first. */
const validEmail = (text: string) => contactSchema.shape.email.safeParse(text).success;

/**
 * How to reach the person and where you meet: the Email channel's Open in mail and the invite use the
 * address, the agenda and the invite the place. Kept by the person; never read from LinkedIn.
 */
export function ReachCard({ contact }: { contact: Contact }) {
  const id = useId();
  const [email, setEmail] = useState(contact.email);
  const [place, setPlace] = useState(contact.meetingPlace);
  const [problem, setProblem] = useState('');
  const { status, setStatus, busy, run } = useAction();
  const changed = email.trim() !== contact.email || place.trim() !== contact.meetingPlace;

  const save = (event: Event) => {
    event.preventDefault();
    const address = email.trim();
    if (!validEmail(address)) {
      setStatus(null);
      return setProblem(`“${address}” is not an e-mail address. Write it like name@example.com, or leave it empty.`);
    }
    setProblem('');
    void run(
      () => send('updateContact', { slug: contact.slug, email: address, meetingPlace: place.trim() }),
      'E-mail and meeting place saved.',
    );
  };

  return (
    <section class="card" id="reach" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>E-mail and meeting place</h2>
      <form class="stack" onSubmit={save} noValidate>
        <label class="field">
          E-mail address
          <input
            type="email"
            autoComplete="off"
            maxLength={320}
            value={email}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onInput={(e) => {
              setEmail(e.currentTarget.value);
              setProblem('');
              setStatus(null);
            }}
          />
        </label>
        {problem && (
          <p class="notice error" role="alert" id={`${id}-problem`}>
            {problem}
          </p>
        )}
        <label class="field">
          Meeting place
          <input
            type="text"
            maxLength={500}
            value={place}
            aria-describedby={`${id}-place-help`}
            onInput={(e) => {
              setPlace(e.currentTarget.value);
              setStatus(null);
            }}
          />
          <span class="help" id={`${id}-place-help`}>
            A video link, a phone number or an address: it goes on the agenda and the invite.
          </span>
        </label>
        <div class="row">
          <button type="submit" class="primary" disabled={!changed || busy}>
            Save
          </button>
          {changed && <span class="muted">Not saved yet.</span>}
        </div>
      </form>
      <SaveStatusLine status={status} />
    </section>
  );
}
