import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { statusLabels } from '../../../core/pipeline/status.ts';
import { database } from '../../../db/database.ts';
import { send } from '../../../messaging/send.ts';
import { formatDayTime } from '../../../ui/format-date.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { readDraftSelection, writeDraftSelection } from '../draft/draft-selection.ts';
import { GroupView } from './today-group-view.tsx';
import { actionStatus, type TodayRow } from './today-groups.ts';
import { readToday } from './today-read.ts';
import type { Destination, DueAction } from './today-row.tsx';
import { useMinuteClock } from './use-minute-clock.ts';
import './today.css';
import { openPage } from '../../../ui/open-page.ts';

const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/** A follow-up goes as a LinkedIn message unless the person drafts InMail or email; a second person gets the usual channel. */
async function selectForDraft(slug: string, followUp: boolean): Promise<void> {
  const current = await readDraftSelection();
  const channel = current?.channel ?? 'connection-note';
  await writeDraftSelection({ slug, channel: followUp && channel === 'connection-note' ? 'message' : channel });
}

export function TodayView({ onOpenDraft }: { onOpenDraft: () => void }) {
  // Asked again every minute: reminders come due and turn late with no change in the database.
  const minute = useMinuteClock();
  const today = useLiveQuery(() => readToday(database()), [minute.getTime()]);
  const [status, setStatus] = useState<{ text: string; undo: TodayRow | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // The row acted on (or the Undo) disappears with its button: the status line takes the focus, once shown.
  const statusRef = useRef<HTMLDivElement>(null);
  const focusStatus = useRef(false);
  useEffect(() => {
    if (focusStatus.current) statusRef.current?.focus();
    focusStatus.current = false;
  }, [status]);
  const announce = (text: string, undo: TodayRow | null) => {
    focusStatus.current = true;
    setStatus({ text, undo });
  };

  const act = (row: TodayRow, action: DueAction) => {
    setBusy(row.item.key);
    setError(null);
    send('dueAction', { slug: row.slug, key: row.item.key, action })
      .then(
        () => {
          const { text, moved } = actionStatus(row.name, row.item.kind, action);
          announce(text, moved ? row : null);
        },
        (reason: unknown) => setError(messageOf(reason)),
      )
      .finally(() => setBusy(null));
  };
  const undo = (row: TodayRow) => {
    setError(null);
    send('undoMove', { slug: row.slug }).then(
      ({ contact }) => announce(`Undone: ${row.name} is back in ${statusLabels[contact.status]}.`, null),
      (reason: unknown) => setError(messageOf(reason)),
    );
  };
  const open = (row: TodayRow, to: Destination) => {
    if (to !== 'draft') return openPage('conversation', { slug: row.slug }, to);
    selectForDraft(row.slug, row.item.kind === 'follow-up').then(onOpenDraft, (reason: unknown) => setError(messageOf(reason)));
  };
  const draftTo = (slug: string) => selectForDraft(slug, false).then(onOpenDraft, (reason: unknown) => setError(messageOf(reason)));

  // The bench reads this mark (P1): the first rows (or the empty state) are in the document.
  useLayoutEffect(() => {
    if (today.state === 'ready' && performance.getEntriesByName('confab:today-rows').length === 0) performance.mark('confab:today-rows');
  }, [today.state]);

  if (today.state === 'loading') return <p class="muted">Loading…</p>;
  if (today.state === 'error')
    return (
      <p class="notice error" role="alert">
        {today.error}
      </p>
    );
  const { now, backup, groups, next } = today.value;
  const count = groups.reduce((sum, group) => sum + group.rows.length, 0);

  return (
    <div class="stack">
      <div class="row spread">
        <p class="muted">{count === 0 ? 'All caught up' : count === 1 ? '1 thing to do' : `${count} things to do`}</p>
        <button type="button" class="link-button" aria-label="All contacts (opens a new tab)" onClick={() => openPage('contacts')}>
          All contacts ↗
        </button>
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {backup && (
        <p class="notice warn row spread" data-testid="backup-reminder">
          <span>{backup} Everything Confab keeps lives in this browser only.</span>
          <button type="button" class="small" onClick={() => openPage('options', {}, 'backup')}>
            Back up ↗
          </button>
        </p>
      )}
      <div role="status" ref={statusRef} tabIndex={-1} class="today-status">
        {status && (
          <p class="notice ok row spread">
            <span>{status.text}</span>
            {status.undo && (
              <button type="button" class="small" onClick={() => undo(status.undo!)}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      {groups.length === 0 ? (
        <div class="today-empty">
          <h2>Nothing due today</h2>
          <p class="muted">
            {next
              ? `Next: ${next.name ? `${next.name}, ` : ''}${formatDayTime(next.at)}.`
              : 'Reminders show here once you send a request or hold a conversation.'}
          </p>
        </div>
      ) : (
        groups.map((group) => (
          <GroupView key={group.id} group={group} now={now} busy={busy} onAction={act} onOpen={open} onDraftTo={draftTo} />
        ))
      )}
    </div>
  );
}
