import { database } from '../../db/database.ts';
import { ErrorList } from '../../ui/save-status.tsx';
import { formatCalendarDay, formatDayTime } from '../../ui/format-date.ts';
import { useLiveQuery, valueOr } from '../../ui/use-live-query.ts';

const number = new Intl.NumberFormat();

/**
 * The last import, which can still be undone: only the last one, because an earlier one was followed
 * by another that built on it. Undo puts back every record it changed and removes the people it added.
 */
export function LatestImport({ onUndo, problem }: { onUndo: (id: number) => void; problem: string | null }) {
  const latest = valueOr(
    useLiveQuery(() => database().imports.orderBy('id').last(), []),
    undefined,
  );
  if (!latest?.id) return null;
  const { newPeople, changed } = latest.counts;
  const id = latest.id;
  return (
    <section class="card stack" aria-labelledby="latest-import-heading">
      <h2 id="latest-import-heading">Your last import</h2>
      <p>
        {latest.exportedOn ? `The data export of ${formatCalendarDay(latest.exportedOn)}` : 'A data export'}, imported{' '}
        {formatDayTime(latest.at)}: {number.format(newPeople)} {newPeople === 1 ? 'person' : 'people'} added, {number.format(changed)} saved{' '}
        {changed === 1 ? 'contact' : 'contacts'} updated.
      </p>
      <div>
        <button type="button" onClick={() => onUndo(id)}>
          Undo this import
        </button>
      </div>
      <ErrorList errors={problem ? [problem] : []} />
    </section>
  );
}
