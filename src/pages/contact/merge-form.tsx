import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { shortAddress } from '../../core/contacts/short-address.ts';
import { send } from '../../messaging/send.ts';
import { contactHref } from '../../ui/contact-row.tsx';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { ContactPicker } from './contact-picker.tsx';

interface Props {
  contact: Contact;
  onClose: (merged?: string) => void;
}

/**
 * The same person saved under two addresses: pick the other record, choose whose profile details stay,
 * read what will happen, then merge. The record not kept is deleted once everything is moved over.
 */
export function MergeForm({ contact, onClose }: Props) {
  const id = useId();
  const [other, setOther] = useState<Contact | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const { status, busy, run } = useAction();
  const choice = useRef<HTMLInputElement>(null);
  useEffect(() => choice.current?.focus(), [other?.slug]);

  const keep = other && (keepThis ? contact : other);
  const drop = other && (keepThis ? other : contact);
  const merge = async (event: Event) => {
    event.preventDefault();
    if (!keep || !drop) return;
    const done = await run(
      () => send('mergeContacts', { keep: keep.slug, drop: drop.slug }),
      `Merged ${drop.name} (${shortAddress(drop.url)}) into this contact.`,
    );
    if (!done) return;
    if (keep.slug === contact.slug) onClose(`Merged ${drop.name} (${shortAddress(drop.url)}) into this contact.`);
    else location.assign(contactHref(keep.slug));
  };
  const option = (record: Contact, isThis: boolean) => (
    <label class="check">
      <input
        type="radio"
        name={`${id}-keep`}
        ref={isThis ? choice : undefined}
        checked={keepThis === isThis}
        onChange={() => setKeepThis(isThis)}
      />
      <span>
        {record.name} ({shortAddress(record.url)}){isThis ? ', this page' : ''}
      </span>
    </label>
  );

  return (
    <form
      class="move-form notice stack"
      onSubmit={(e) => void merge(e)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>Merge {contact.name} with another contact</h3>
      {!other ? (
        <ContactPicker
          label="The other contact (the same person saved again)"
          exclude={[contact.slug]}
          busy={busy}
          withAddress
          onPick={setOther}
        />
      ) : (
        <>
          <fieldset>
            <legend>Keep the profile details (name, role, address, status) of</legend>
            {option(contact, true)}
            {option(other, false)}
          </fieldset>
          <ul class="plain-list" data-testid="merge-outcome">
            <li>
              {drop!.name}’s conversations, timeline, drafts and the people they referred move to {keep!.name} ({shortAddress(keep!.url)});
              where both have a draft on one channel, the newer one is kept.
            </li>
            <li>Tags are joined, notes put together, and the e-mail, meeting place and referrer are taken from either.</li>
            <li>
              {drop!.name} ({shortAddress(drop!.url)}) is then deleted. This cannot be undone.
            </li>
          </ul>
        </>
      )}
      <SaveStatusLine status={status} />
      <div class="row wrap">
        {other && (
          <button type="submit" class="primary" disabled={busy}>
            Merge into {shortAddress(keep!.url)}
          </button>
        )}
        <button type="button" onClick={() => onClose()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
