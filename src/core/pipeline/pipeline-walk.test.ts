/**
 * Property test of the status machine: random walks of moves (allowed or not) and undos, from a seeded
 * generator so that a failure names the seed that reproduces it.
 */
import { describe, expect, it } from 'vitest';
import { applyMove, undoMove, type MoveEvent, type PipelineRecord } from './pipeline.ts';
import { canMove, nextStatuses, statuses, type Status } from './status.ts';

/** mulberry32: small, fast and good enough to pick moves. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const start: PipelineRecord = {
  status: 'prospect',
  statusChangedAt: '2026-01-05T09:00:00.000Z',
  requestedAt: null,
  scheduledFor: null,
  metAt: null,
  thankedAt: null,
};

function checkInvariants(record: PipelineRecord, moves: readonly MoveEvent[]): void {
  expect(statuses).toContain(record.status);
  // Plain checks and one expect: an expect per event would make the walks slow.
  const outOfOrder = moves.findIndex(
    (event, i) => i > 0 && (Date.parse(event.at) < Date.parse(moves[i - 1]!.at) || event.from !== moves[i - 1]!.to),
  );
  expect(outOfOrder).toBe(-1);
  const last = moves.at(-1);
  expect(record.status).toBe(last ? last.to : 'prospect');
  expect(record.statusChangedAt).toBe(last ? last.at : start.statusChangedAt);
  if (record.status === 'met') expect(record.metAt).not.toBeNull();
  if (record.status === 'scheduled') expect(record.scheduledFor).not.toBeNull();
}

function walk(seed: number, steps: number): void {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let record = start;
  let clock = Date.parse(start.statusChangedAt);
  const moves: MoveEvent[] = [];
  const history: PipelineRecord[] = [];

  for (let step = 0; step < steps; step++) {
    if (random() < 0.25) {
      if (moves.length === 0) {
        expect(() => undoMove(record, moves)).toThrow(/no move to undo/);
        continue;
      }
      const undone = undoMove(record, moves);
      expect(undone.removedEvent).toBe(moves.at(-1));
      moves.pop();
      // Nothing is lost: the record is exactly what it was before the move.
      expect(undone.record).toStrictEqual(history.pop());
      record = undone.record;
    } else {
      // Mostly allowed moves, so the walk goes deep; the rest try a move the machine refuses.
      const to: Status = random() < 0.7 ? pick(nextStatuses(record.status)) : pick(statuses);
      // Sometimes a time at or before the last move, to try the ordering rule too.
      clock += Math.floor(random() * 4 * 86_400_000) - 3_600_000;
      const options = { at: new Date(clock), scheduledFor: random() < 0.9 ? new Date(clock + 86_400_000) : undefined };
      const snapshot = structuredClone(record);
      let moved: ReturnType<typeof applyMove<PipelineRecord>> | undefined;
      try {
        moved = applyMove(record, to, options);
      } catch {
        // A refused move changes nothing.
        expect(record).toStrictEqual(snapshot);
        expect(
          canMove(record.status, to) && clock >= Date.parse(record.statusChangedAt) && (to !== 'scheduled' || options.scheduledFor),
        ).toBeFalsy();
        continue;
      }
      expect(canMove(record.status, to)).toBe(true);
      expect(record).toStrictEqual(snapshot);
      history.push(record);
      moves.push(moved.event);
      record = moved.record;
    }
    checkInvariants(record, moves);
  }
}

describe('random walks through the pipeline', () => {
  it.each(Array.from({ length: 40 }, (_, i) => [1_000 + i * 7_919]))('keeps every invariant (seed %i)', (seed) => {
    walk(seed, 300);
  });
});
