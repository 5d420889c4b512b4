/**
 * The life of a contact, from saved prospect to a relationship kept. Moves are explicit: the
 * contact page only offers the moves listed here, and the background rejects any other.
 *
 * `network` comes first: the people of the person's own network (imported from LinkedIn's data
 * export), a searchable pool before the pipeline. They have no reminders and are not prospects until
 * moved; moving one back (`prospect → network`) is how "make prospect" is undone.
 */
export const statuses = [
  'network',
  'prospect',
  'requested',
  'accepted',
  'scheduled',
  'met',
  'thanked',
  'keep-in-touch',
  'declined',
  'no-reply',
] as const;

export type Status = (typeof statuses)[number];

/** Every status but the network pool's: the people being worked with, as the contacts list and its counts show them. */
export const pipelineStatuses = statuses.filter((status) => inPipeline(status));

export const statusLabels: Record<Status, string> = {
  network: 'Network',
  prospect: 'Prospect',
  requested: 'Requested',
  accepted: 'Accepted',
  scheduled: 'Scheduled',
  met: 'Met',
  thanked: 'Thanked',
  'keep-in-touch': 'Keep in touch',
  declined: 'Declined',
  'no-reply': 'No reply',
};

const allowedMoves: Record<Status, readonly Status[]> = {
  network: ['prospect'],
  prospect: ['requested', 'network'],
  requested: ['accepted', 'declined', 'no-reply', 'prospect'],
  accepted: ['scheduled', 'met', 'declined'],
  scheduled: ['met', 'accepted', 'declined'],
  met: ['thanked'],
  thanked: ['keep-in-touch'],
  'keep-in-touch': ['scheduled'],
  declined: ['prospect'],
  // A late reply after "no reply" is common: let the person pick the thread up again.
  'no-reply': ['accepted', 'prospect'],
};

export function nextStatuses(from: Status): readonly Status[] {
  return allowedMoves[from];
}

export function canMove(from: Status, to: Status): boolean {
  return allowedMoves[from].includes(to);
}

export class StatusMoveError extends Error {
  constructor(
    readonly from: Status,
    readonly to: Status,
  ) {
    const allowed = allowedMoves[from].map((s) => statusLabels[s]).join(', ');
    super(
      `A contact cannot move from ${statusLabels[from]} to ${statusLabels[to]}. From ${statusLabels[from]} it can move to: ${allowed}.`,
    );
    this.name = 'StatusMoveError';
  }
}

export function assertMove(from: Status, to: Status): void {
  if (!canMove(from, to)) throw new StatusMoveError(from, to);
}

/** Whether the status is in the pipeline (every status but the network pool). */
export function inPipeline(status: Status): boolean {
  return status !== 'network';
}
