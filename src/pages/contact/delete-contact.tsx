import { useRef, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { deletionCounts } from '../../db/contact-removal-repo.ts';
import { database } from '../../db/database.ts';
import type { DeletedContactRows } from '../../messaging/protocol.ts';
import { send } from '../../messaging/send.ts';
import { ConfirmDelete } from '../../ui/confirm-delete.tsx';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { deletionPhrase } from './deletion.ts';

interface Props {
  contact: Contact;
  /** The deleted rows, kept by the page for Undo. */
  onDeleted: (deleted: DeletedContactRows) => void;
}

/** Delete…, then a confirmation that names the person and counts what goes with them. */
export function DeleteContact({ contact, onDeleted }: Props) {
  const [what, setWhat] = useState<string | null>(null);
  const { status, busy, run } = useAction();
  const opener = useRef<HTMLButtonElement>(null);

  const ask = () => run(async () => setWhat(deletionPhrase(contact.name, await deletionCounts(database(), contact.slug))), '');
  const cancel = () => {
    setWhat(null);
    opener.current?.focus();
  };
  const confirm = async () => {
    const done = await run(() => send('deleteContact', { slug: contact.slug }), '');
    if (done) onDeleted(done.deleted);
  };

  return (
    <div class="stack">
      <button type="button" ref={opener} class="danger-outline" disabled={busy || what !== null} onClick={() => void ask()}>
        Delete {contact.name}…
      </button>
      {what !== null && (
        <ConfirmDelete what={what} consequence="You can undo it right after." onConfirm={() => void confirm()} onCancel={cancel} />
      )}
      {status?.kind === 'error' && <SaveStatusLine status={status} />}
    </div>
  );
}
