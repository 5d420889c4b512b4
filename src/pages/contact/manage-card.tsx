import { useId, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import type { DeletedContactRows } from '../../messaging/protocol.ts';
import { send } from '../../messaging/send.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { DeleteContact } from './delete-contact.tsx';
import { MergeForm } from './merge-form.tsx';

interface Props {
  contact: Contact;
  onDeleted: (deleted: DeletedContactRows) => void;
}

/** The record itself: archive or restore it, merge it with a second record of the person, delete it. */
export function ManageCard({ contact, onDeleted }: Props) {
  const id = useId();
  const [merging, setMerging] = useState(false);
  const { status, setStatus, busy, run } = useAction();
  const mergeButton = useRef<HTMLButtonElement>(null);
  const archived = Boolean(contact.archivedAt);

  const toggleArchive = () =>
    run(
      () => send('archiveContact', { slug: contact.slug, archived: !archived }),
      archived
        ? `${contact.name} is restored: back in your contacts list, with their reminders.`
        : `${contact.name} is archived: out of your contacts list, Today and the badge. Restore brings them back.`,
    );
  const closeMerge = (merged?: string) => {
    setMerging(false);
    if (merged) setStatus({ kind: 'ok', message: merged });
    mergeButton.current?.focus();
  };

  return (
    <section class="card" id="manage" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>This contact</h2>
      <div class="row wrap">
        {/* One button whose words change, never disabled: focus stays on it after archiving or restoring. */}
        <button type="button" aria-disabled={busy ? 'true' : undefined} onClick={() => void (busy || toggleArchive())}>
          {archived ? `Restore ${contact.name}` : `Archive ${contact.name}`}
        </button>
        <button type="button" ref={mergeButton} aria-expanded={merging} onClick={() => setMerging(!merging)}>
          Merge with another contact…
        </button>
      </div>
      {merging && <MergeForm contact={contact} onClose={closeMerge} />}
      <SaveStatusLine status={status} />
      <DeleteContact contact={contact} onDeleted={onDeleted} />
    </section>
  );
}
