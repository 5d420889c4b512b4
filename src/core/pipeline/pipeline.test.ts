import { describe, expect, it } from 'vitest';
import { applyMove, moveEventSchema, PipelineError, undoMove, type MoveEvent, type PipelineRecord } from './pipeline.ts';
import { StatusMoveError } from './status.ts';

const start: PipelineRecord = {
  status: 'prospect',
  statusChangedAt: '2026-03-02T09:00:00.000Z',
  requestedAt: null,
  scheduledFor: null,
  metAt: null,
  thankedAt: null,
};
const at = (iso: string) => new Date(iso);

describe('applyMove', () => {
  it('dates the move, keeps the note and remembers what it overwrote', () => {
    const { record, event } = applyMove(start, 'requested', { at: at('2026-03-03T10:00:00Z'), note: '  via alumni group ' });
    expect(record).toEqual({
      ...start,
      status: 'requested',
      statusChangedAt: '2026-03-03T10:00:00.000Z',
      requestedAt: '2026-03-03T10:00:00.000Z',
    });
    expect(event).toEqual({
      from: 'prospect',
      to: 'requested',
      at: '2026-03-03T10:00:00.000Z',
      note: 'via alumni group',
      before: { status: 'prospect', statusChangedAt: '2026-03-02T09:00:00.000Z', requestedAt: null },
    });
    expect(moveEventSchema.parse(event)).toEqual(event);
  });

  it('keeps the fields it does not know about (a whole contact can be moved)', () => {
    const contact = { ...start, name: 'Ana', updatedAt: 'x' };
    expect(applyMove(contact, 'requested', { at: at('2026-03-03T10:00:00Z') }).record).toMatchObject({ name: 'Ana', updatedAt: 'x' });
  });

  it('refuses a move the machine does not allow, with the existing error', () => {
    const frozen = Object.freeze({ ...start });
    expect(() => applyMove(frozen, 'met', { at: at('2026-03-03T10:00:00Z') })).toThrow(StatusMoveError);
  });

  it('needs a meeting time to schedule', () => {
    const accepted = { ...start, status: 'accepted' as const };
    expect(() => applyMove(accepted, 'scheduled', { at: at('2026-03-03T10:00:00Z') })).toThrow(/needs its date and time/);
    const { record } = applyMove(accepted, 'scheduled', { at: at('2026-03-03T10:00:00Z'), scheduledFor: at('2026-03-10T15:00:00Z') });
    expect(record.scheduledFor).toBe('2026-03-10T15:00:00.000Z');
  });

  it('dates a meeting from the scheduled time once it has passed, or from an explicit time', () => {
    const scheduled = { ...start, status: 'scheduled' as const, scheduledFor: '2026-03-10T15:00:00.000Z' };
    expect(applyMove(scheduled, 'met', { at: at('2026-03-10T21:00:00Z') }).record.metAt).toBe('2026-03-10T15:00:00.000Z');
    expect(applyMove(scheduled, 'met', { at: at('2026-03-10T21:00:00Z'), heldAt: at('2026-03-10T16:00:00Z') }).record.metAt).toBe(
      '2026-03-10T16:00:00.000Z',
    );
    // Met before the agreed time (it was moved forward): the meeting is now.
    expect(applyMove(scheduled, 'met', { at: at('2026-03-09T12:00:00Z') }).record.metAt).toBe('2026-03-09T12:00:00.000Z');
    expect(() => applyMove(scheduled, 'met', { at: at('2026-03-10T21:00:00Z'), heldAt: at('2026-03-11T08:00:00Z') })).toThrow(
      PipelineError,
    );
    // A cancelled meeting's time is not the time of a later one.
    const cancelled = { ...scheduled, status: 'accepted' as const };
    expect(applyMove(cancelled, 'met', { at: at('2026-03-12T09:00:00Z') }).record.metAt).toBe('2026-03-12T09:00:00.000Z');
  });

  it('refuses a move dated before the current status began, and an overlong note', () => {
    expect(() => applyMove(start, 'requested', { at: at('2026-03-01T10:00:00Z') })).toThrow(/dated before/);
    expect(() => applyMove(start, 'requested', { at: at('2026-03-03T10:00:00Z'), note: 'x'.repeat(2_001) })).toThrow(/2,000/);
  });
});

describe('undoMove', () => {
  it('gives back the identical record and names the event to remove', () => {
    const first = applyMove(start, 'requested', { at: at('2026-03-03T10:00:00Z') });
    const second = applyMove(first.record, 'accepted', { at: at('2026-03-04T10:00:00Z') });
    const undone = undoMove(second.record, [first.event, second.event]);
    expect(undone.record).toStrictEqual(first.record);
    expect(undone.removedEvent).toBe(second.event);
    expect(undoMove(undone.record, [first.event]).record).toStrictEqual(start);
  });

  it('puts back the meeting time a reschedule replaced', () => {
    const scheduled = { ...start, status: 'scheduled' as const, scheduledFor: '2026-03-10T15:00:00.000Z' };
    const back = applyMove(scheduled, 'accepted', { at: at('2026-03-05T10:00:00Z') });
    const again = applyMove(back.record, 'scheduled', { at: at('2026-03-05T11:00:00Z'), scheduledFor: at('2026-03-12T15:00:00Z') });
    expect(undoMove(again.record, [back.event, again.event]).record.scheduledFor).toBe('2026-03-10T15:00:00.000Z');
  });

  it('says so when there is nothing to undo, or the timeline does not match', () => {
    expect(() => undoMove(start, [])).toThrow(/no move to undo/);
    const stray: MoveEvent = {
      from: 'requested',
      to: 'accepted',
      at: '2026-03-04T10:00:00.000Z',
      note: '',
      before: { status: 'requested', statusChangedAt: '2026-03-03T10:00:00.000Z' },
    };
    expect(() => undoMove(start, [stray])).toThrow(/does not match/);
  });
});
