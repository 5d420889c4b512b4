import { describe, expect, it } from 'vitest';
import { dismissItem, dueItemStatesSchema, pruneItemStates, restoreItem, snoozeItem } from './due-item-states.ts';

describe('snoozed and dismissed reminders', () => {
  const now = new Date('2026-03-10T09:00:00.000Z');

  it('snoozes for whole days, and a snooze undoes a dismissal', () => {
    const states = snoozeItem(dismissItem({}, 'a'), 'a', now, 2);
    expect(states.a).toEqual({ snoozedUntil: '2026-03-12T09:00:00.000Z', dismissed: false });
    expect(() => snoozeItem({}, 'a', now, 0)).toThrow(RangeError);
    expect(() => snoozeItem({}, 'a', now, 1.5)).toThrow(RangeError);
  });

  it('never changes the map it is given', () => {
    const before = Object.freeze({ a: Object.freeze({ snoozedUntil: null, dismissed: true }) });
    expect(restoreItem(before, 'a')).toEqual({});
    expect(dismissItem(before, 'b')).toEqual({ ...before, b: { snoozedUntil: null, dismissed: true } });
    expect(before).toEqual({ a: { snoozedUntil: null, dismissed: true } });
  });

  it('forgets the states of reminders that no longer exist', () => {
    const states = dismissItem(dismissItem({}, 'gone'), 'live');
    expect(Object.keys(pruneItemStates(states, ['live', 'other']))).toEqual(['live']);
  });

  it('parses what it stores, with defaults', () => {
    expect(dueItemStatesSchema.parse({ a: {} })).toEqual({ a: { snoozedUntil: null, dismissed: false } });
    expect(dueItemStatesSchema.safeParse({ a: { snoozedUntil: 'tomorrow' } }).success).toBe(false);
  });
});
