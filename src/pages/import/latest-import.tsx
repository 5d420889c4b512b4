import { database } from '../../db/database.ts';
import { latestImport } from '../../db/import-queries.ts';
import { formatCalendarDay, formatDayTime } from '../../ui/format-date.ts';
import { useLiveQuery, valueOr } from '../../ui/use-live-query.ts';

const number = new Intl.NumberFormat();

/**
 * The last import, which can still be undone: only the last one, because an earlier one was followed
 * by another that built on it. Undo puts back every record it changed and removes the people it added.
 */
export function LatestImport({ onUndo, problem }: { onUndo: (id: number) => void; problem: string | null }) {
  const latest = valueOr(
    useLiveQuery(() => latestImport(database()), []),
    undefined,
  );
  if (!latest) return null;
  return (
    <section class="card stack" aria-labelledby="latest-import-heading">
      <h2 id="latest-import-heading">Your last import</h2>
      <p>
        {latest.exportedOn ? `The data export of ${formatCalendarDay(latest.exportedOn)}` : 'A data export'}, imported {formatDayTime(latest.at)}:{' '}
        {number.format(latest.newPeople)} {latest.newPeople === 1 ? 'person' : 'people'} added, {number.format(latest.changed)} saved{' '}
        {latest.changed === 1 ? 'contact' : 'contacts'} updated.
      </p>
      <div>
        <button type="button" onClick={() => onUndo(latest.id)}>
          Undo this import
        </button>
      </div>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
