import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { defaultTimingSettings } from '../core/reminders/timing-settings.ts';
import { saveContact } from './contacts-repo.ts';
import type { ConfabDb } from './database.ts';
import { actOnDue, recordAdviceActedOn } from './due-actions-repo.ts';
import { dueContacts, nextFollowUpMoment, refreshAllFollowUps } from './follow-ups.ts';
import { moveContact } from './moves-repo.ts';
import { writeSettings } from './settings-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

// Local times in the machine's zone: the method counts business days where the person lives.
const local = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h);

async function requestedOn(date: Date) {
  await saveContact(db, { fields: avery, capture: null }, new Date(date.getTime() - 3_600_000));
  await moveContact(db, 'avery-quinlan', 'requested', date);
}

describe('reminders stored on an index', () => {
  it('a request sent on a Friday: a second person on Wednesday, the follow-up the Tuesday after', async () => {
    db = freshDb();
    await requestedOn(local(2026, 11, 6));
    expect(await dueContacts(db, local(2026, 11, 10, 18))).toEqual([]);
    expect((await db.contacts.get('avery-quinlan'))?.followUpAt).toBe(local(2026, 11, 11).toISOString());
    expect(await nextFollowUpMoment(db, local(2026, 11, 10))).toEqual(local(2026, 11, 11));

    const wednesday = await dueContacts(db, local(2026, 11, 11, 10));
    expect(wednesday.flatMap((due) => due.items.map((item) => item.kind))).toEqual(['second-contact']);
    const tuesday = await dueContacts(db, local(2026, 11, 17, 10));
    expect(tuesday[0]?.items.map((item) => [item.kind, item.overdue])).toEqual([
      ['second-contact', true],
      ['follow-up', false],
    ]);
  });

  it('snoozes a reminder a day, dismisses it, and marks one done on the timeline', async () => {
    db = freshDb();
    await requestedOn(local(2026, 11, 6));
    const now = local(2026, 11, 11, 10);
    const [item] = (await dueContacts(db, now))[0]!.items;
    await actOnDue(db, 'avery-quinlan', item!.key, 'snooze', now);
    expect(await dueContacts(db, local(2026, 11, 11, 20))).toEqual([]);
    expect((await dueContacts(db, local(2026, 11, 12, 11)))[0]?.items[0]?.kind).toBe('second-contact');
    await actOnDue(db, 'avery-quinlan', item!.key, 'done', local(2026, 11, 12, 11));
    expect(await dueContacts(db, local(2026, 11, 12, 12))).toEqual([]);
    await expect(actOnDue(db, 'avery-quinlan', 'someone-else|follow-up|x', 'dismiss', now)).rejects.toThrow(/does not belong/);
  });

  it('a thank-you done moves the contact to Thanked; acting on advice brings a close-the-loop note', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null }, local(2026, 11, 2));
    await moveContact(db, 'avery-quinlan', 'requested', local(2026, 11, 3));
    await moveContact(db, 'avery-quinlan', 'accepted', local(2026, 11, 4));
    await moveContact(db, 'avery-quinlan', 'met', local(2026, 11, 5, 23));
    const [due] = await dueContacts(db, local(2026, 11, 6, 9));
    expect(due?.items.map((item) => item.kind)).toEqual(['thank-you']);
    const thanked = await actOnDue(db, 'avery-quinlan', due!.items[0]!.key, 'done', local(2026, 11, 6, 9));
    expect(thanked.status).toBe('thanked');
    await recordAdviceActedOn(db, 'avery-quinlan', 'Joined the meetup', local(2026, 11, 20));
    expect((await dueContacts(db, local(2026, 11, 20, 10)))[0]?.items.map((item) => item.kind)).toEqual(['close-the-loop']);
  });

  it('recomputes when the timing settings change', async () => {
    db = freshDb();
    await requestedOn(local(2026, 11, 6));
    await writeSettings(db, { timing: { ...defaultTimingSettings, secondContactBusinessDays: 2 } });
    await refreshAllFollowUps(db, local(2026, 11, 7));
    expect((await db.contacts.get('avery-quinlan'))?.followUpAt).toBe(local(2026, 11, 10).toISOString());
  });
});
