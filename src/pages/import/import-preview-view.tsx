import type { ComponentChildren } from 'preact';
import type { ImportChange, ImportPreview } from '../../core/import/import-preview.ts';
import { ErrorList } from '../../ui/save-status.tsx';
import { statusLabels } from '../../core/pipeline/status.ts';
import { formatCalendarDay } from '../../ui/format-date.ts';
import { pageHref } from '../pages.ts';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  problem: string | null;
  /** The last import was cancelled (and wrote nothing). */
  cancelled: boolean;
  onImport: () => void;
  onCancel: () => void;
  /** Shown instead of the buttons while the import is written: its progress. */
  children: ComponentChildren;
}

const number = new Intl.NumberFormat();
const count = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;
/** A long list of changes shows its first ones; the rest are counted (the import changes them all). */
const shownChanges = 200;

/** What the import would write, before anything is: the export's counts, who is new, who changes and how, what is skipped. */
export function ImportPreviewView({ preview, busy, problem, cancelled, onImport, onCancel, children }: Props) {
  const skipped = skippedByReason(preview.skipped);
  const nothing = preview.newPeople === 0 && preview.changes.length === 0 && preview.missing === 0;
  return (
    <section class="card stack" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Before you import</h2>
      <p class="muted">{preview.exportedOn ? `Your data export of ${formatCalendarDay(preview.exportedOn)}` : 'Your data export'} holds:</p>
      <ul class="import-counts" data-testid="import-counts">
        <li>
          <strong>{number.format(preview.connections)}</strong> {preview.connections === 1 ? 'connection' : 'connections'}
        </li>
        <li>
          <strong>{number.format(preview.invitationsSent)}</strong> {preview.invitationsSent === 1 ? 'invitation' : 'invitations'} you sent,{' '}
          {number.format(preview.invitationsPending)} still pending
        </li>
        <li>
          <strong>{number.format(preview.conversations)}</strong> {preview.conversations === 1 ? 'conversation' : 'conversations'}
        </li>
      </ul>
      <p data-testid="import-summary">
        {count(preview.newPeople, 'person is', 'people are')} new: they join your network, not your prospects.{' '}
        {count(preview.matched, 'person is', 'people are')} already saved
        {preview.changes.length
          ? `, of whom ${count(preview.changes.length, 'changes', 'change')} as listed below`
          : ', and nothing about them changes'}
        .
        {preview.missing > 0 &&
          ` ${count(preview.missing, 'person', 'people')} of your network ${preview.missing === 1 ? 'is' : 'are'} not in this export: kept, and marked.`}
      </p>
      {preview.changes.length > 0 && <Changes changes={preview.changes} />}
      {skipped.length > 0 && (
        <details class="skipped">
          <summary>{count(preview.skipped.length, 'row is', 'rows are')} skipped</summary>
          <ul class="plain-list">
            {skipped.map(({ reason, rows }) => (
              <li key={reason}>
                {reason}{' '}
                <span class="muted">
                  ({rows.slice(0, 5).join(', ')}
                  {rows.length > 5 ? `, and ${number.format(rows.length - 5)} more` : ''})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <ErrorList errors={problem ? [problem] : []} />
      {cancelled && (
        <p class="notice ok" role="status">
          The import was cancelled: nothing was written.
        </p>
      )}
      {busy ? (
        <>
          <p class="muted">Everything is written in one go, so either all of it is imported or none of it.</p>
          {children}
        </>
      ) : (
        <div class="row wrap">
          <button type="button" class="primary" disabled={nothing} onClick={onImport}>
            Import
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          {nothing && <span class="muted">Everything in this export is already here.</span>}
        </div>
      )}
    </section>
  );
}

function Changes({ changes }: { changes: readonly ImportChange[] }) {
  return (
    <div class="stack">
      <h3>What changes for your saved contacts</h3>
      <ul class="import-changes" data-testid="import-changes">
        {changes.slice(0, shownChanges).map((change) => (
          <li key={change.slug}>
            <a href={pageHref('contact', { slug: change.slug })}>{change.name}</a>
            {change.filled.length > 0 && <span class="muted"> · fills {change.filled.join(', ')}</span>}
            {change.changedJobs && (
              <div>
                Changed jobs: {change.changedJobs.before || 'nothing known'} → {change.changedJobs.after}
              </div>
            )}
            {change.moves.map((move) => (
              <div key={move.at + move.to}>
                Moves from {statusLabels[move.from]} to <strong>{statusLabels[move.to]}</strong>: {move.evidence}
              </div>
            ))}
          </li>
        ))}
      </ul>
      {changes.length > shownChanges && <p class="muted">And {number.format(changes.length - shownChanges)} more.</p>}
    </div>
  );
}

/** Skipped rows grouped by their reason, each with the file and line of its rows. */
function skippedByReason(skipped: ImportPreview['skipped']): { reason: string; rows: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { file, line, reason } of skipped) {
    const rows = groups.get(reason) ?? [];
    rows.push(`${file.split('/').pop()} line ${line}`);
    groups.set(reason, rows);
  }
  return [...groups].map(([reason, rows]) => ({ reason, rows }));
}
