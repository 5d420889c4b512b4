import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { saveContact } from './contacts-repo.ts';
import { timelineOf } from './contact-queries.ts';
import type { ConfabDb } from './database.ts';
import { actOnDue } from './due-actions-repo.ts';
import { dueContacts, nextFollowUpMoment } from './follow-ups.ts';
import { setOwnReminder } from './own-reminder-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

const saved = new Date('2027-01-02T09:00:00Z');
const jan10 = '2027-01-10T08:00:00.000Z';

async function withReminder(note = 'Ask about the design team') {
  db = freshDb();
  await saveContact(db, { fields: avery, capture: null }, saved);
  return setOwnReminder(db, 'avery-quinlan', { at: jan10, note }, saved);
}
const ownKeys = async (now: Date) =>
  (await dueContacts(db, now)).flatMap((due) => due.items.filter((i) => i.kind === 'own-reminder').map((i) => i.key));

describe('a reminder of one’s own, stored on the contact', () => {
  it('counts into followUpAt, so the due index, the alarm and Today find it at its time', async () => {
    const contact = await withReminder();
    expect(contact.ownReminder).toEqual({ at: jan10, note: 'Ask about the design team' });
    expect(contact.followUpAt).toBe(jan10);
    expect(await nextFollowUpMoment(db, saved)).toEqual(new Date(jan10));
    expect(await ownKeys(new Date('2027-01-10T07:59:00Z'))).toEqual([]);
    expect(await ownKeys(new Date('2027-01-10T08:00:00Z'))).toEqual([`avery-quinlan|own-reminder|${jan10}`]);
  });

  it('done: gone from the contact and from Today, with a line on the timeline', async () => {
    await withReminder();
    const done = await actOnDue(db, 'avery-quinlan', `avery-quinlan|own-reminder|${jan10}`, 'done', new Date('2027-01-10T09:00:00Z'));
    expect(done.ownReminder).toBeNull();
    expect(done.followUpAt).toBeNull();
    expect(await ownKeys(new Date('2027-01-11T09:00:00Z'))).toEqual([]);
    expect((await timelineOf(db, 'avery-quinlan')).at(-1)).toMatchObject({
      kind: 'note',
      detail: 'Did your reminder',
      note: 'Ask about the design team',
    });
  });

  it('dismissed: cleared; snoozed: back a day later; a key of an earlier reminder leaves a newer one alone', async () => {
    await withReminder();
    const key = `avery-quinlan|own-reminder|${jan10}`;
    await actOnDue(db, 'avery-quinlan', key, 'snooze', new Date('2027-01-10T09:00:00Z'));
    expect(await ownKeys(new Date('2027-01-10T10:00:00Z'))).toEqual([]);
    expect(await ownKeys(new Date('2027-01-11T09:00:00Z'))).toEqual([key]);
    expect(Object.keys((await db.contacts.get('avery-quinlan'))!.dueStates)).toEqual([key]);
    await setOwnReminder(db, 'avery-quinlan', { at: '2027-01-12T08:00:00.000Z', note: 'Later' });
    const kept = await actOnDue(db, 'avery-quinlan', key, 'dismiss');
    expect(kept.ownReminder).toEqual({ at: '2027-01-12T08:00:00.000Z', note: 'Later' });
    // The earlier reminder's snooze goes with it: the stored states do not grow.
    expect(kept.dueStates).toEqual({});
    expect((await actOnDue(db, 'avery-quinlan', 'avery-quinlan|own-reminder|2027-01-12T08:00:00.000Z', 'dismiss')).ownReminder).toBeNull();
  });

  it('cleared with null, and refused for a contact not saved', async () => {
    await withReminder();
    expect((await setOwnReminder(db, 'avery-quinlan', null)).followUpAt).toBeNull();
    await expect(setOwnReminder(db, 'nobody', null)).rejects.toThrow('No saved contact has the profile “nobody”.');
  });
});
