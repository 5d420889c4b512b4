import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings.ts';
import { senderProfileSchema } from '../core/template-variables.ts';
import { MinutesField } from './minutes-field.tsx';
import { ErrorList, issueMessages, SaveStatusLine } from './save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useSave } from './use-save.ts';

const fieldNames = { myName: 'Your name', field: 'The field you’re exploring', minutes: 'Conversation length' };
const sentences = { minutes: 'Conversation length: choose a whole number of minutes from 5 to 240.' };

/** The user's side of every request: what {myName}, {field} and {minutes} become in the templates. */
export function AboutYouSection({ settings }: { settings: Settings }) {
  const [myName, setMyName] = useState(settings.sender.myName);
  const [field, setField] = useState(settings.sender.field);
  const [minutes, setMinutes] = useState(String(settings.sender.minutes));
  const [errors, setErrors] = useState<string[]>([]);
  const { status, setStatus, save } = useSave();

  const submit = async (e: Event) => {
    e.preventDefault();
    // An empty number box is not 0 minutes: let the schema say it is missing.
    const parsed = senderProfileSchema.safeParse({ myName, field, minutes: minutes.trim() === '' ? undefined : Number(minutes) });
    if (!parsed.success) {
      setStatus(null);
      setErrors(issueMessages(parsed.error.issues, fieldNames, sentences));
      return;
    }
    setErrors([]);
    setMyName(parsed.data.myName);
    setField(parsed.data.field);
    await save({ sender: parsed.data }, 'Saved your details: new drafts will use them.');
  };
  const minutesInvalid = errors.includes(sentences.minutes);

  return (
    <SectionCard id="about-you" intro="Your side of every request. Confab writes these into the templates where they say {myName}, {field} and {minutes}.">
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div class="two-columns">
          <label class="field">
            Your name
            <input id="about-you-name" type="text" value={myName} maxLength={200} autoComplete="name" onInput={(e) => setMyName(e.currentTarget.value)} />
          </label>
          <label class="field">
            The field you’re exploring
            <input id="about-you-field" type="text" value={field} maxLength={200} placeholder="for example, product design" onInput={(e) => setField(e.currentTarget.value)} />
          </label>
        </div>
        <MinutesField value={minutes} onChange={setMinutes} invalid={minutesInvalid} />
        <ErrorList errors={errors} />
        <div class="row">
          <button type="submit" class="primary">
            Save your details
          </button>
        </div>
        <SaveStatusLine status={status} />
      </form>
    </SectionCard>
  );
}
