import { useState } from 'preact/hooks';
import type { TodayGroup, TodayRow } from './today-groups.ts';
import { TodayRowView, type Destination, type DueAction } from './today-row.tsx';

/** Enough rows to work through at once; the rest on request, so a long backlog stays quick to show. */
const shownAtFirst = 25;

export function GroupView({
  group,
  now,
  busy,
  onAction,
  onOpen,
  onDraftTo,
}: {
  group: TodayGroup;
  now: Date;
  busy: string | null;
  onAction: (row: TodayRow, action: DueAction) => void;
  onOpen: (row: TodayRow, to: Destination) => void;
  onDraftTo: (slug: string) => void;
}) {
  const [all, setAll] = useState(false);
  const rows = all ? group.rows : group.rows.slice(0, shownAtFirst);
  const headingId = `today-${group.id}`;
  return (
    <section class="stack today-group" aria-labelledby={headingId} data-group={group.id}>
      <h2 id={headingId}>
        {group.title} <span class="muted">({group.rows.length})</span>
      </h2>
      <ul class="due-list">
        {rows.map((row) => (
          <TodayRowView
            key={row.item.key}
            row={row}
            now={now}
            busy={busy === row.item.key}
            onAction={onAction}
            onOpen={onOpen}
            onDraftTo={onDraftTo}
          />
        ))}
      </ul>
      {rows.length < group.rows.length && (
        <button type="button" class="small" onClick={() => setAll(true)}>
          Show all {group.rows.length} {group.title.toLowerCase()}
        </button>
      )}
    </section>
  );
}
