import { useId, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { send } from '../../messaging/send.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';

const maxTags = 50;

/**
 * Tags as chips: each removable by its own labelled button, new ones typed (the tags already used
 * elsewhere are suggested, so "mentor" stays one tag). A tag may set its own keep-in-touch cadence.
 */
export function TagsCard({ contact, knownTags }: { contact: Contact; knownTags: readonly string[] }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { status, setStatus, busy, run } = useAction();

  const save = (tags: string[], done: string) => run(() => send('updateContact', { slug: contact.slug, tags }), done);

  const add = async (event: Event) => {
    event.preventDefault();
    const tag = draft.trim();
    if (!tag) return setStatus({ kind: 'error', message: 'Type a tag first.' });
    if (contact.tags.some((t) => t.toLowerCase() === tag.toLowerCase()))
      return setStatus({ kind: 'error', message: `“${tag}” is already a tag.` });
    if (contact.tags.length >= maxTags) return setStatus({ kind: 'error', message: `A contact can have at most ${maxTags} tags.` });
    if (await save([...contact.tags, tag], `Added the tag “${tag}”.`)) setDraft('');
  };

  const remove = async (tag: string) => {
    await save(
      contact.tags.filter((t) => t !== tag),
      `Removed the tag “${tag}”.`,
    );
    // The chip and its button are gone: keep focus in the card.
    input.current?.focus();
  };

  const suggestions = knownTags.filter((tag) => !contact.tags.some((t) => t.toLowerCase() === tag.toLowerCase()));
  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tags</h2>
      {contact.tags.length === 0 ? (
        <p class="muted">No tags yet.</p>
      ) : (
        <ul class="chips" aria-label="Tags" data-testid="tags">
          {contact.tags.map((tag) => (
            <li key={tag} class="chip">
              {tag}
              <button type="button" aria-label={`Remove the tag ${tag}`} disabled={busy} onClick={() => void remove(tag)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(e) => void add(e)}>
        <label class="field">
          New tag
          <input
            ref={input}
            type="text"
            list={`${id}-known`}
            maxLength={100}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <datalist id={`${id}-known`}>
          {suggestions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="submit" disabled={busy}>
          Add tag
        </button>
      </form>
      <SaveStatusLine status={status} />
    </section>
  );
}
