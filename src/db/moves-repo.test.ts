import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { StatusMoveError } from '../core/pipeline/status.ts';
import { saveContact, timelineOf } from './contacts-repo.ts';
import { currentConversation } from './conversations-repo.ts';
import type { ConfabDb } from './database.ts';
import { moveContact, undoLastMove } from './moves-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

describe('status moves and undo', () => {
  it('schedules with a meeting time mirrored into the conversation, and undoes it exactly', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null }, day(2));
    await moveContact(db, 'avery-quinlan', 'requested', day(3), 'Sent as connection note');
    const accepted = await moveContact(db, 'avery-quinlan', 'accepted', day(4));
    const scheduled = await moveContact(db, 'avery-quinlan', 'scheduled', day(5), '', { scheduledFor: day(12) });
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledFor: day(12).toISOString(), requestedAt: day(3).toISOString() });
    expect((await currentConversation(db, 'avery-quinlan'))?.scheduledFor).toBe(day(12).toISOString());

    const undone = await undoLastMove(db, 'avery-quinlan', day(6));
    expect(undone).toMatchObject({ status: 'accepted', statusChangedAt: accepted.statusChangedAt, scheduledFor: null });
    expect((await timelineOf(db, 'avery-quinlan')).map((event) => event.to)).toEqual(['prospect', 'requested', 'accepted']);
  });

  it('takes back a conversation marked held by mistake, and the thank-you with it', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null }, day(2));
    await moveContact(db, 'avery-quinlan', 'requested', day(3));
    await moveContact(db, 'avery-quinlan', 'accepted', day(4));
    await moveContact(db, 'avery-quinlan', 'met', day(5));
    expect((await currentConversation(db, 'avery-quinlan'))?.heldAt).toBe(day(5).toISOString());
    const undone = await undoLastMove(db, 'avery-quinlan', day(5));
    expect(undone).toMatchObject({ status: 'accepted', metAt: null });
    expect((await currentConversation(db, 'avery-quinlan'))?.heldAt).toBeNull();
  });

  it('refuses a move the machine does not allow, and an undo with nothing to undo, changing nothing', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null }, day(2));
    const before = await db.contacts.get('avery-quinlan');
    await expect(moveContact(db, 'avery-quinlan', 'thanked', day(3))).rejects.toThrow(StatusMoveError);
    await expect(undoLastMove(db, 'avery-quinlan', day(3))).rejects.toThrow('There is no move to undo.');
    await expect(moveContact(db, 'nobody', 'requested', day(3))).rejects.toThrow(/No saved contact/);
    expect(await db.contacts.get('avery-quinlan')).toEqual(before);
    expect(await db.timeline.count()).toBe(1);
  });
});
