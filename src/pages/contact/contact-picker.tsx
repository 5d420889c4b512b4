import { useId, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { shortAddress } from '../../core/contacts/short-address.ts';
import { inPipeline } from '../../core/pipeline/status.ts';
import { database } from '../../db/database.ts';
import { useLiveQuery, valueOr } from '../../ui/use-live-query.ts';
import { roleLine } from '../../ui/contact-header.tsx';
import { foldText } from '../../core/contacts/search-words.ts';

interface Props {
  label: string;
  /** Contacts that cannot be chosen (the person themselves). */
  exclude: readonly string[];
  busy: boolean;
  /** Show each match's profile address too (two records of one person share a name). */
  withAddress?: boolean;
  onPick: (contact: Contact) => void;
}

const maxMatches = 6;

/**
 * Choosing one of possibly thousands of contacts: type part of a name, pick from the first few
 * matches. The scan walks the name index and stops at the sixth match.
 */
export function ContactPicker({ label, exclude, busy, withAddress = false, onPick }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const wanted = foldText(text.trim());
  const matches = useLiveQuery(
    () =>
      wanted
        ? database()
            .contacts.orderBy('name')
            .filter((c) => inPipeline(c.status) && !exclude.includes(c.slug) && foldText(c.name).includes(wanted))
            .limit(maxMatches)
            .toArray()
        : [],
    [wanted, exclude.join('\n')],
  );
  const found = valueOr(matches, []);

  return (
    <div class="picker stack">
      <label class="field">
        {label}
        <input
          type="search"
          value={text}
          placeholder="Type part of a name"
          aria-describedby={`${id}-count`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <p class="muted" id={`${id}-count`} role="status">
        {wanted
          ? found.length === 0
            ? 'No contact has that name.'
            : `${found.length === maxMatches ? `First ${maxMatches}` : found.length} matching.`
          : ''}
      </p>
      {found.length > 0 && (
        <ul class="link-list">
          {found.map((contact) => (
            <li key={contact.slug}>
              <button
                type="button"
                class="pick"
                disabled={busy}
                onClick={() => {
                  onPick(contact);
                  setText('');
                }}
              >
                {contact.name}
                <span class="muted"> {roleLine(contact)}</span>
                {withAddress && <span class="muted"> · {shortAddress(contact.url)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
