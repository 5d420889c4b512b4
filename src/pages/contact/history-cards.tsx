/** The two dated histories of a contact: what happened between you, and what LinkedIn showed. */
import { changesSince, trackedFieldLabels, type CaptureSnapshot } from '../../core/contacts/capture-changes.ts';
import type { Contact, TimelineEvent } from '../../core/contacts/contact.ts';
import { statusLabels } from '../../core/pipeline/status.ts';
import { formatDay, formatDayTime } from '../../ui/format-date.ts';
import { roleLine } from '../../ui/contact-header.tsx';

const kindLabels: Record<TimelineEvent['kind'], string> = {
  saved: 'Saved',
  updated: 'Updated',
  status: 'Moved',
  thanked: 'Thanked',
  note: 'Done',
  changedJobs: 'Changed jobs',
  touch: 'Kept in touch',
  adviceActedOn: 'Acted on advice',
  loopClosed: 'Closed the loop',
  referral: 'Referral',
  merged: 'Merged',
};

/**
 * A move made by hand keeps "Met → Thanked · note" as its detail, which repeats its note: the note is
 * shown on its own line instead. A move made by an import keeps its evidence there ("Invitation sent
 * on LinkedIn, 29 Jan 2026 — from your data export of 28 Nov 2026"), shown under the move.
 */
function detailOf(event: TimelineEvent): { line: string; evidence: string } {
  if (!event.from || !event.to) return { line: event.detail, evidence: '' };
  const line = `${statusLabels[event.from]} → ${statusLabels[event.to]}`;
  return { line, evidence: event.detail && !event.detail.startsWith(line) ? event.detail : '' };
}

/** Every dated event, newest first: what happened with this person and what the user noted. */
export function TimelineCard({ timeline }: { timeline: readonly TimelineEvent[] }) {
  const newestFirst = [...timeline].reverse();
  return (
    <section class="card" id="timeline" aria-labelledby="timeline-heading">
      <div class="card-title">
        <h2 id="timeline-heading">Timeline</h2>
        <span class="muted">
          {timeline.length} {timeline.length === 1 ? 'event' : 'events'}, newest first
        </span>
      </div>
      {timeline.length === 0 ? (
        <p class="muted">Nothing recorded yet.</p>
      ) : (
        <ol class="timeline" data-testid="timeline">
          {newestFirst.map((event) => {
            const { line, evidence } = detailOf(event);
            return (
              <li key={event.id ?? `${event.at}-${event.kind}`} data-kind={event.kind}>
                <time dateTime={event.at}>{formatDayTime(event.at)}</time>
                <span class="event-kind">{kindLabels[event.kind]}</span>
                <span class="event-detail">{line}</span>
                {evidence && <p class="event-evidence">{evidence}</p>}
                {event.note && <p class="event-note">“{event.note}”</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

interface Dated extends CaptureSnapshot {
  capturedAt: string;
}

/** Every capture kept, oldest first: the earlier ones that differed, then the last one. */
function capturesOf(contact: Contact): Dated[] {
  const last = contact.lastCapture && contact.lastCapturedAt ? [{ ...contact.lastCapture, capturedAt: contact.lastCapturedAt }] : [];
  return [...contact.captureHistory, ...last];
}

/**
 * What LinkedIn showed at each capture, newest first, and what changed from one to the next: a new
 * job or title is often the reason to get back in touch.
 */
export function CaptureHistoryCard({ contact }: { contact: Contact }) {
  const captures = capturesOf(contact);
  return (
    <section class="card" id="captures" aria-labelledby="captures-heading">
      <h2 id="captures-heading">Capture history</h2>
      {captures.length === 0 && (
        <p class="muted">Not captured from LinkedIn yet: save the person from their profile with Confab’s popup.</p>
      )}
      {captures.length === 1 && <p class="muted">Captured once, on {formatDay(captures[0]!.capturedAt)}. Nothing has changed since.</p>}
      {captures.length > 1 && (
        <ol class="captures" data-testid="capture-history">
          {captures
            .map((capture, index) => ({ capture, changes: index > 0 ? changesSince(captures[index - 1]!, capture) : [] }))
            .reverse()
            .map(({ capture, changes }) => (
              <li key={capture.capturedAt}>
                <p>
                  <time dateTime={capture.capturedAt}>{formatDay(capture.capturedAt)}</time>:{' '}
                  {roleLine(capture) || capture.headline || 'no role shown'}
                </p>
                {changes.length > 0 && (
                  <ul class="plain-list changes">
                    {changes.map((change) => (
                      <li key={change.field}>
                        {trackedFieldLabels[change.field]}: <del>{change.before || '(none)'}</del> → <ins>{change.after}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
