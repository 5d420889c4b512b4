/**
 * Later in the method: keep in touch on a cadence, never only when you need something, and close the
 * loop when you act on someone's advice.
 */
import { useId, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { keepInTouchCadence, loopToClose, nextTouchDue } from '../../core/reminders/keep-in-touch.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { send } from '../../messaging/send.ts';
import { formatDay } from '../../ui/format-date.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { firstName } from './contact-data.ts';

const minDays = 7;
const maxDays = 730;

/** How often to keep in touch: the default (the tags' cadence, else the general one) or this contact's own. */
export function KeepInTouchCard({ contact, settings }: { contact: Contact; settings: Settings }) {
  const id = useId();
  const fallback = keepInTouchCadence({ tags: contact.tags, keepInTouchDays: null }, settings.timing);
  const byTag = lowerKeys(settings);
  const fromTag = contact.tags.some((tag) => Object.hasOwn(byTag, tag.toLowerCase()));
  const [own, setOwn] = useState(contact.keepInTouchDays !== null);
  const [days, setDays] = useState(String(contact.keepInTouchDays ?? fallback));
  const { status, setStatus, busy, run } = useAction();
  const keeping = contact.status === 'thanked' || contact.status === 'keep-in-touch';

  const save = (event: Event) => {
    event.preventDefault();
    const value = Number(days);
    if (own && (!Number.isInteger(value) || value < minDays || value > maxDays)) {
      return setStatus({ kind: 'error', message: `Give a whole number of days from ${minDays} to ${maxDays}.` });
    }
    void run(
      () => send('updateContact', { slug: contact.slug, keepInTouchDays: own ? value : null }),
      own
        ? `Keep in touch with ${contact.name} every ${value} days.`
        : `${contact.name} follows the default cadence (every ${fallback} days).`,
    );
  };

  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Keep in touch</h2>
      <form class="stack" onSubmit={save}>
        <fieldset>
          <legend>How often</legend>
          <label class="check">
            <input type="radio" name={`${id}-cadence`} checked={!own} onChange={() => setOwn(false)} />
            <span>
              Follow the default: every {fallback} days{fromTag ? ' (set for one of their tags)' : ''}
            </span>
          </label>
          <label class="check cadence-own">
            <input type="radio" name={`${id}-cadence`} checked={own} onChange={() => setOwn(true)} />
            <span>Their own cadence</span>
          </label>
          <label class="field inline cadence-days">
            Every
            <input
              type="number"
              min={minDays}
              max={maxDays}
              step={1}
              value={days}
              disabled={!own}
              onInput={(e) => setDays(e.currentTarget.value)}
            />
            days
          </label>
        </fieldset>
        <button type="submit" class="primary start" disabled={busy}>
          Save cadence
        </button>
      </form>
      <p class="muted">
        {keeping
          ? `Next keep-in-touch note due ${formatDay(nextTouchDue(contact, settings.timing).toISOString())}.`
          : 'The cadence starts once they are thanked.'}
      </p>
      <SaveStatusLine status={status} />
    </section>
  );
}

function lowerKeys(settings: Settings): Record<string, number> {
  return Object.fromEntries(Object.entries(settings.timing.keepInTouchDaysByTag).map(([tag, days]) => [tag.toLowerCase(), days]));
}

/**
 * "Closing the loop": when the user acts on someone's advice, they tell that person. Recording it
 * here brings the close-the-loop reminder to the Today view.
 */
export function AdviceCard({ contact }: { contact: Contact }) {
  const id = useId();
  const [note, setNote] = useState('');
  const { status, busy, run } = useAction();
  const pending = loopToClose(contact);
  const name = firstName(contact);

  const record = async (event: Event) => {
    event.preventDefault();
    if (
      await run(
        () => send('adviceActedOn', { slug: contact.slug, note: note.trim() }),
        `Recorded. A reminder to tell ${name} is in your Today view.`,
      )
    )
      setNote('');
  };

  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Their advice</h2>
      {pending && (
        <p class="notice warn" data-testid="loop-to-close">
          You acted on {name}’s advice on {formatDay(pending.toISOString())}: close the loop and tell them what came of it.
        </p>
      )}
      {!pending && contact.loopClosedAt && <p class="muted">Loop closed on {formatDay(contact.loopClosedAt)}.</p>}
      <form class="stack" onSubmit={(e) => void record(e)}>
        <label class="field">
          What did you do? (optional)
          <textarea rows={2} maxLength={2_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="submit" class="start" disabled={busy}>
          I acted on their advice
        </button>
      </form>
      <SaveStatusLine status={status} />
    </section>
  );
}
