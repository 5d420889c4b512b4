import { describe, expect, it } from 'vitest';
import { assertMove, canMove, inPipeline, nextStatuses, statuses, StatusMoveError } from './status.ts';

describe('status moves', () => {
  it('walks the whole happy path from prospect to keep-in-touch', () => {
    const path = ['prospect', 'requested', 'accepted', 'scheduled', 'met', 'thanked', 'keep-in-touch'] as const;
    for (let i = 1; i < path.length; i++) expect(canMove(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('allows a request to end in declined or no reply, and a late reply to be picked up', () => {
    expect(canMove('requested', 'declined')).toBe(true);
    expect(canMove('requested', 'no-reply')).toBe(true);
    expect(canMove('no-reply', 'accepted')).toBe(true);
  });

  it.each([
    ['prospect', 'met'],
    ['prospect', 'thanked'],
    ['met', 'prospect'],
    ['thanked', 'met'],
    ['declined', 'met'],
    ['met', 'met'],
  ] as const)('rejects %s → %s with a clear error', (from, to) => {
    expect(canMove(from, to)).toBe(false);
    expect(() => assertMove(from, to)).toThrow(StatusMoveError);
    expect(() => assertMove(from, to)).toThrow(/cannot move from .+ to .+\. From .+ it can move to: /);
  });

  it('gives every status at least one way onward, and never a move to itself', () => {
    for (const status of statuses) {
      expect(nextStatuses(status).length).toBeGreaterThan(0);
      expect(nextStatuses(status)).not.toContain(status);
    }
  });
});

describe('the network pool', () => {
  it('comes before Prospect, moves only to Prospect, and Prospect moves back (the undo of "make prospect")', () => {
    expect(statuses[0]).toBe('network');
    expect(nextStatuses('network')).toEqual(['prospect']);
    expect(canMove('prospect', 'network')).toBe(true);
    for (const status of statuses.filter((s) => s !== 'network' && s !== 'prospect')) expect(canMove(status, 'network')).toBe(false);
    expect(inPipeline('network')).toBe(false);
    expect(statuses.filter(inPipeline)).not.toContain('network');
  });
});
