/**
 * What happened on LinkedIn moves the pipeline forward, never back, and only through the state
 * machine (applyMove), so each move is a dated timeline event that remembers what it overwrote and
 * can be undone. Your invitation to a prospect → Requested (dated when it went out, its text as the
 * move's note); a connection made after your invitation, or a message from them after your outreach
 * → Accepted, dated by the earlier of the two. A contact further along is not touched, and neither is
 * one whose status was changed by hand later than the evidence (applyMove refuses a move dated before
 * the current status began). The network pool is not the pipeline: nobody there is moved.
 *
 * Dates are UTC: LinkedIn's `Sent At` carries no zone and is read as UTC (see export-dates.ts).
 */
import type { Contact } from '../contacts/contact.ts';
import { applyMove, PipelineError, type MoveEvent } from '../pipeline/pipeline.ts';
import { StatusMoveError, type Status } from '../pipeline/status.ts';
import type { ImportContact } from './import-reading.ts';

export interface EvidenceMove {
  event: MoveEvent;
  evidence: string;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "29 Jan 2026", in UTC, whatever the browser's language or zone. */
export function evidenceDay(date: string): string {
  const day = new Date(date.length === 10 ? `${date}T00:00:00.000Z` : date);
  return `${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** " — from your data export of 28 Nov 2026", the source every evidence line names. */
export function fromExport(exportedOn: string | null): string {
  return exportedOn ? ` — from your data export of ${evidenceDay(exportedOn)}` : ' — from your LinkedIn data export';
}

interface Evidence {
  to: Status;
  from: readonly Status[];
  at: string;
  note: string;
  says: string;
}

/** When they accepted: a connection on or after your invitation's day, or their reply; the earlier. */
function acceptance(person: ImportContact): { at: string; says: string } | null {
  const found: { at: string; says: string }[] = [];
  const invited = person.invitedAt;
  if (invited && person.connectedOn && person.connectedOn >= invited.slice(0, 10)) {
    // The export gives the day only: on the invitation's own day, the invitation's time.
    const day = `${person.connectedOn}T00:00:00.000Z`;
    found.push({
      at: day > invited ? day : invited,
      says: `Connected on LinkedIn, ${evidenceDay(person.connectedOn)}, after your invitation`,
    });
  }
  if (person.repliedAt) found.push({ at: person.repliedAt, says: `Replied on LinkedIn, ${evidenceDay(person.repliedAt)}` });
  return found.sort((a, b) => a.at.localeCompare(b.at))[0] ?? null;
}

function evidenceOf(person: ImportContact): Evidence[] {
  const steps: Evidence[] = [];
  if (person.invitedAt)
    steps.push({
      to: 'requested',
      from: ['prospect'],
      at: person.invitedAt,
      note: person.invitationMessage ?? '',
      says: `Invitation sent on LinkedIn, ${evidenceDay(person.invitedAt)}`,
    });
  const accepted = acceptance(person);
  if (accepted) steps.push({ to: 'accepted', from: ['requested', 'no-reply'], note: '', ...accepted });
  return steps;
}

/** The contact after the moves the export proves, and those moves in order (none for the network pool). */
export function evidenceMoves(
  contact: Contact,
  person: ImportContact,
  exportedOn: string | null,
): { contact: Contact; moves: EvidenceMove[] } {
  const moves: EvidenceMove[] = [];
  let record = contact;
  if (record.status === 'network') return { contact, moves };
  for (const step of evidenceOf(person)) {
    if (!step.from.includes(record.status)) continue;
    try {
      const moved = applyMove(record, step.to, { at: new Date(step.at), note: step.note });
      record = moved.record;
      moves.push({ event: moved.event, evidence: `${step.says}${fromExport(exportedOn)}` });
    } catch (error) {
      // Moved by hand later than the evidence: the person's record wins.
      if (error instanceof PipelineError || error instanceof StatusMoveError) break;
      throw error;
    }
  }
  return { contact: record, moves };
}
