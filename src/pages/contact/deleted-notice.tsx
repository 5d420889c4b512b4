import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DeletedContactRows } from '../../messaging/protocol.ts';
import { send } from '../../messaging/send.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { countsOf, deletionPhrase } from './deletion.ts';
import { pageHref } from '../pages.ts';

interface Props {
  deleted: DeletedContactRows;
  onRestored: () => void;
}

/**
 * Where the contact was, once deleted: what went, and Undo, which sends the very rows back (the
 * background checks them again). Focus comes here so the keyboard and the screen reader follow.
 */
export function DeletedNotice({ deleted, onRestored }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { status, busy, run } = useAction();
  // Before the notice is painted, so the focus is never left on the page body in between.
  useLayoutEffect(() => heading.current?.focus(), []);
  const name = deleted.contact.name;

  const undo = async () => {
    if (await run(() => send('restoreContact', { deleted }), `${name} is back.`)) onRestored();
  };

  return (
    <section class="card deleted-notice" aria-labelledby="deleted-heading" data-testid="deleted-notice">
      <h1 id="deleted-heading" ref={heading} tabIndex={-1}>
        Deleted {name}
      </h1>
      <p role="status">Deleted {deletionPhrase(name, countsOf(deleted))}.</p>
      <div class="row wrap">
        <button type="button" class="primary" disabled={busy} onClick={() => void undo()}>
          Undo<span class="visually-hidden"> the deletion of {name}</span>
        </button>
        <a href={pageHref('contacts')}>Back to all contacts</a>
      </div>
      <SaveStatusLine status={status} />
    </section>
  );
}
