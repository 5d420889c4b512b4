import { database } from '../../../db/database.ts';
import { pendingThankYouCount } from '../../../db/contact-queries.ts';
import { useLiveQuery, valueOr } from '../../../ui/use-live-query.ts';

/** The thank-yous pending, on Today's tab: loaded after the popup's first paint, with the database. */
export function PendingCount() {
  const pending = valueOr(
    useLiveQuery(() => pendingThankYouCount(database()), []),
    0,
  );
  if (pending === 0) return null;
  return (
    <span class="tab-count" aria-hidden="true">
      {pending}
    </span>
  );
}
