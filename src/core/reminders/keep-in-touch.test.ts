import { describe, expect, it } from 'vitest';
import { keepInTouchCadence, lastTouch, loopToClose, relationshipFieldsSchema } from './keep-in-touch.ts';

const settings = { keepInTouchDays: 90, keepInTouchDaysByTag: { Mentor: 30, alumni: 120 } };

describe('keeping in touch', () => {
  it('takes the contact’s cadence, else the shortest of its tags (any case), else the general one', () => {
    expect(keepInTouchCadence({}, settings)).toBe(90);
    expect(keepInTouchCadence({ tags: ['unknown'] }, settings)).toBe(90);
    expect(keepInTouchCadence({ tags: ['ALUMNI', ' mentor '] }, settings)).toBe(30);
    expect(keepInTouchCadence({ tags: ['mentor'], keepInTouchDays: 200 }, settings)).toBe(200);
  });

  it('counts from the latest message: thank-you, recorded touch or closed loop', () => {
    const dates = {
      statusChangedAt: '2026-03-01T10:00:00.000Z',
      thankedAt: '2026-03-01T10:00:00.000Z',
      lastTouchAt: null,
      loopClosedAt: '2026-04-02T10:00:00.000Z',
    };
    expect(lastTouch(dates)).toEqual(new Date('2026-04-02T10:00:00.000Z'));
  });

  it('counts from the last message either way that an import found, when it is the latest', () => {
    const dates = { statusChangedAt: '2026-03-01T10:00:00.000Z', lastTouchAt: '2026-03-05T10:00:00.000Z' };
    expect(lastTouch({ ...dates, lastContactedAt: '2026-05-09T08:00:00.000Z' })).toEqual(new Date('2026-05-09T08:00:00.000Z'));
    expect(lastTouch({ ...dates, lastContactedAt: '2026-02-01T08:00:00.000Z' })).toEqual(new Date('2026-03-05T10:00:00.000Z'));
  });

  it('asks to close the loop only after acting on advice and until the loop is closed', () => {
    expect(loopToClose({})).toBeNull();
    expect(loopToClose({ adviceActedOnAt: '2026-04-01T10:00:00.000Z' })).toEqual(new Date('2026-04-01T10:00:00.000Z'));
    expect(loopToClose({ adviceActedOnAt: '2026-04-01T10:00:00.000Z', loopClosedAt: '2026-04-02T10:00:00.000Z' })).toBeNull();
    // Acting on advice again after closing the loop once asks again.
    expect(loopToClose({ adviceActedOnAt: '2026-05-01T10:00:00.000Z', loopClosedAt: '2026-04-02T10:00:00.000Z' })).not.toBeNull();
  });

  it('stores the fields with empty defaults', () => {
    expect(relationshipFieldsSchema.parse({})).toEqual({
      lastTouchAt: null,
      adviceActedOnAt: null,
      loopClosedAt: null,
      keepInTouchDays: null,
      tags: [],
    });
  });
});
