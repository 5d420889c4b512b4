import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { jordan } from '../../test/unit/two-people.ts';
import { archiveContact, unarchiveContact } from './archive-repo.ts';
import { archivedContacts } from './contact-queries.ts';
import { pendingThankYouCount, thankYouSummary } from './contact-queries.ts';
import { saveContact } from './contacts-repo.ts';
import type { ConfabDb } from './database.ts';
import { dueContacts, refreshAllFollowUps, settleFollowUps } from './follow-ups.ts';
import { moveContact } from './moves-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 10, d, h));

/** Two people met on the 5th: each owes a thank-you. */
async function twoMet() {
  db = freshDb();
  for (const fields of [avery, jordan]) {
    const { contact } = await saveContact(db, { fields, capture: null }, day(2));
    for (const to of ['requested', 'accepted', 'met'] as const) await moveContact(db, contact.slug, to, day(to === 'met' ? 5 : 3));
  }
}
const dueSlugs = async (at: Date) => (await dueContacts(db, at)).map((due) => due.contact.slug).sort();

describe('archiving a contact', () => {
  it('takes them out of Today and the badge, keeps everything, and Restore brings the reminder back', async () => {
    await twoMet();
    expect(await dueSlugs(day(6))).toEqual(['avery-quinlan', 'jordan-reyes']);
    const timeline = await db.timeline.count();

    const archived = await archiveContact(db, 'avery-quinlan', day(6));
    expect(archived).toMatchObject({ archivedAt: day(6).toISOString(), followUpAt: null, status: 'met' });
    expect(await dueSlugs(day(7))).toEqual(['jordan-reyes']);
    expect(await pendingThankYouCount(db)).toBe(1);
    expect(await thankYouSummary(db)).toMatchObject({ pending: 1, oldestMetAt: day(5).toISOString() });
    expect((await archivedContacts(db)).map((c) => c.slug)).toEqual(['avery-quinlan']);
    expect(await db.timeline.count()).toBe(timeline);
    // The reminders recomputed in bulk (a settings change, a wake-up) stay off too.
    await refreshAllFollowUps(db, day(7));
    await settleFollowUps(db, day(7));
    expect((await db.contacts.get('avery-quinlan'))?.followUpAt).toBeNull();

    const restored = await unarchiveContact(db, 'avery-quinlan', day(7));
    expect(restored).toMatchObject({ archivedAt: null, followUpAt: day(5).toISOString() });
    expect(await dueSlugs(day(7))).toEqual(['avery-quinlan', 'jordan-reyes']);
    expect(await pendingThankYouCount(db)).toBe(2);
    expect(await archivedContacts(db)).toEqual([]);
  });

  it('keeps the first archiving date when archived again, and refuses a contact not saved', async () => {
    await twoMet();
    await archiveContact(db, 'jordan-reyes', day(6));
    expect((await archiveContact(db, 'jordan-reyes', day(8))).archivedAt).toBe(day(6).toISOString());
    await expect(archiveContact(db, 'nobody', day(8))).rejects.toThrow('no longer saved');
  });
});
