import { describe, expect, it } from 'vitest';
import { isThankYouLate, thankYouMoments } from './thank-you.ts';

const timing = (thankYouDelayHours: number, thankYouOverdueHours: number) => ({ thankYouDelayHours, thankYouOverdueHours });
const held = new Date('2026-11-20T10:00:00.000Z');

describe('the thank-you rule', () => {
  it('is due after the delay and late after the longer limit', () => {
    expect(thankYouMoments(held, timing(24, 48))).toEqual({
      dueAt: new Date('2026-11-21T10:00:00.000Z'),
      overdueAt: new Date('2026-11-22T10:00:00.000Z'),
    });
  });

  it('follows the settings, hours beyond whole days included', () => {
    expect(thankYouMoments(held, timing(12, 30))).toEqual({
      dueAt: new Date('2026-11-20T22:00:00.000Z'),
      overdueAt: new Date('2026-11-21T16:00:00.000Z'),
    });
  });

  it('counts a late limit shorter than the delay as the delay', () => {
    expect(thankYouMoments(held, timing(24, 1)).overdueAt).toEqual(new Date('2026-11-21T10:00:00.000Z'));
  });

  it('is late from the very instant the limit is reached, not a millisecond before', () => {
    const late = new Date('2026-11-22T10:00:00.000Z');
    expect(isThankYouLate(held, timing(24, 48), new Date(late.getTime() - 1))).toBe(false);
    expect(isThankYouLate(held, timing(24, 48), late)).toBe(true);
  });
});
