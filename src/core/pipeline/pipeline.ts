/**
 * The status machine as data in, data out: a move returns the new record and the dated timeline event
 * that explains it, and the event carries what the move overwrote so that an undo is exact. The
 * repository only stores what these functions return.
 */
import { assertMove, statuses, type Status } from './status.ts';
import { z } from '../z.ts';

const isoDate = z.iso.datetime({ offset: true });
const nullableDate = z._default(z.nullable(isoDate), null);
const maxNoteLength = 2_000;

/** The dates a move may change, beside the status. The lead merges these into the contact schema. */
/** @public: read as a type alongside it. */
export const pipelineDatesSchema = z.object({
  /** When the request was sent: the 3B7 follow-ups count from here. */
  requestedAt: nullableDate,
  /** The agreed meeting time (mirrored into the open conversation's scheduledFor). */
  scheduledFor: nullableDate,
  metAt: nullableDate,
  thankedAt: nullableDate,
});

type PipelineDates = z.infer<typeof pipelineDatesSchema>;
export type PipelineRecord = PipelineDates & { status: Status; statusChangedAt: string };
type MovedField = keyof PipelineRecord;

/** The values a move overwrote, so that undo can put them back. Stored with the timeline event. */
export const moveBeforeSchema = z.object({
  status: z.enum(statuses),
  statusChangedAt: isoDate,
  requestedAt: z.optional(z.nullable(isoDate)),
  scheduledFor: z.optional(z.nullable(isoDate)),
  metAt: z.optional(z.nullable(isoDate)),
  thankedAt: z.optional(z.nullable(isoDate)),
});

type MoveBefore = z.infer<typeof moveBeforeSchema>;

/** A move as the timeline keeps it: from, to, when, the person's note, and what it overwrote. */
export const moveEventSchema = z.object({
  from: z.enum(statuses),
  to: z.enum(statuses),
  at: isoDate,
  note: z._default(z.string().check(z.maxLength(maxNoteLength)), ''),
  before: moveBeforeSchema,
});

export type MoveEvent = z.infer<typeof moveEventSchema>;

export interface MoveOptions {
  at: Date;
  note?: string;
  /** Required for a move to scheduled: a meeting without a time cannot be confirmed or prepared. */
  scheduledFor?: Date;
  /** When the conversation was held, if not now (it is often recorded that evening or the day after). */
  heldAt?: Date;
}

/** A move that is allowed but lacks what it needs, or an undo that cannot be done exactly. */
export class PipelineError extends Error {
  override name = 'PipelineError';
}

const time = (iso: string) => Date.parse(iso);

/**
 * The thank-you counts from the meeting, not from the click on "Met": an explicit time wins, then the
 * scheduled time if it has passed, then the moment of the move.
 */
function meetingHeldAt(record: PipelineRecord, options: MoveOptions): string {
  const at = options.at.getTime();
  if (options.heldAt) {
    if (options.heldAt.getTime() > at) throw new PipelineError('A conversation cannot be marked as held in the future.');
    return options.heldAt.toISOString();
  }
  // Only the meeting being held: after a cancellation (scheduled → accepted) the old time is stale.
  if (record.status === 'scheduled' && record.scheduledFor && time(record.scheduledFor) <= at)
    return new Date(time(record.scheduledFor)).toISOString();
  return options.at.toISOString();
}

function datesFor(record: PipelineRecord, to: Status, options: MoveOptions): Partial<PipelineDates> {
  const at = options.at.toISOString();
  switch (to) {
    case 'requested':
      return { requestedAt: at };
    case 'scheduled':
      if (!options.scheduledFor || Number.isNaN(options.scheduledFor.getTime())) {
        throw new PipelineError('A scheduled conversation needs its date and time.');
      }
      return { scheduledFor: options.scheduledFor.toISOString() };
    case 'met':
      return { metAt: meetingHeldAt(record, options) };
    case 'thanked':
      return { thankedAt: at };
    default:
      return {};
  }
}

/**
 * Moves the record to `to`, or throws (StatusMoveError for a move the machine does not allow,
 * PipelineError for missing details) and changes nothing. Moves are dated in order: one dated before
 * the current status began would put the timeline out of order.
 */
export function applyMove<R extends PipelineRecord>(record: R, to: Status, options: MoveOptions): { record: R; event: MoveEvent } {
  assertMove(record.status, to);
  if (Number.isNaN(options.at.getTime())) throw new PipelineError('A move needs a valid date.');
  if (options.at.getTime() < time(record.statusChangedAt)) {
    throw new PipelineError('A move cannot be dated before the contact’s current status began.');
  }
  const note = options.note?.trim() ?? '';
  if (note.length > maxNoteLength) throw new PipelineError('A note on a move can be at most 2,000 characters.');
  const at = options.at.toISOString();
  const changes: Partial<PipelineRecord> = { ...datesFor(record, to, options), status: to, statusChangedAt: at };
  const before = Object.fromEntries(Object.keys(changes).map((key) => [key, record[key as MovedField]])) as MoveBefore;
  const event: MoveEvent = { from: record.status, to, at, note, before };
  return { record: { ...record, ...changes }, event };
}

/**
 * Reverts the last move: the record gets back exactly the values that move overwrote. `moves` is the
 * contact's list of move events in the order they were recorded; the last one (latest `at`, the later
 * entry on a tie) must be the move that led to the current status.
 */
export function undoMove<R extends PipelineRecord>(record: R, moves: readonly MoveEvent[]): { record: R; removedEvent: MoveEvent } {
  const last = moves.reduce<MoveEvent | undefined>(
    (latest, event) => (!latest || time(event.at) >= time(latest.at) ? event : latest),
    undefined,
  );
  if (!last) throw new PipelineError('There is no move to undo.');
  if (last.to !== record.status || time(last.at) !== time(record.statusChangedAt)) {
    throw new PipelineError('The last move on the timeline does not match the contact’s status, so it cannot be undone.');
  }
  return { record: { ...record, ...last.before }, removedEvent: last };
}
