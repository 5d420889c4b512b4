import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { jordan, savePerson } from '../../test/unit/two-people.ts';
import { updateContactDetails } from './contact-details-repo.ts';
import { deleteContact, deletionCounts, restoreContact } from './contact-removal-repo.ts';
import { saveContact } from './contacts-repo.ts';
import { saveConversation } from './conversations-repo.ts';
import type { ConfabDb } from './database.ts';
import { saveDraft } from './drafts-repo.ts';
import { saveEmployer } from './employers-repo.ts';
import { dueContacts } from './follow-ups.ts';
import { moveContact } from './moves-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 10, d, h));
const dump = async () => Promise.all(db.tables.map((table) => table.toArray()));

/** Avery with two conversations, timeline, a draft, an employer; Jordan her referrer; Pat referred by her. */
async function seeded() {
  db = freshDb();
  await saveContact(db, { fields: avery, capture: null }, day(2));
  await saveContact(db, { fields: jordan, capture: null }, day(2));
  await savePerson(db, 'pat-okafor', 'Pat Okafor', day(2));
  const employer = await saveEmployer(db, { name: 'Harbor Light Labs' });
  await updateContactDetails(db, 'avery-quinlan', { referredBy: 'jordan-reyes', employerId: employer.id!, tags: ['mentor'] }, day(3));
  await updateContactDetails(db, 'pat-okafor', { referredBy: 'avery-quinlan', employerId: employer.id! }, day(3));
  await moveContact(db, 'avery-quinlan', 'requested', day(3));
  await moveContact(db, 'avery-quinlan', 'accepted', day(4));
  await moveContact(db, 'avery-quinlan', 'met', day(5));
  await db.conversations.add({
    slug: 'avery-quinlan',
    scheduledFor: null,
    heldAt: null,
    minutes: 20,
    notes: 'later',
    agenda: null,
    meetingNotes: null,
  });
  await saveConversation(db, { slug: 'avery-quinlan', scheduledFor: day(20).toISOString() });
  await saveDraft(db, { slug: 'avery-quinlan', channel: 'email', subject: 'Hello', body: 'Hi Avery' }, day(3));
  await saveDraft(db, { slug: 'jordan-reyes', channel: 'email', subject: 'Hello', body: 'Hi Jordan' }, day(3));
}

describe('deleting one contact', () => {
  it('takes their conversations, timeline and drafts, unlinks whom they referred, and leaves the others as they were', async () => {
    await seeded();
    expect(await deletionCounts(db, 'avery-quinlan')).toEqual({ conversations: 2, timeline: 5, drafts: 1 });
    const jordanBefore = await db.contacts.get('jordan-reyes');
    const deleted = await deleteContact(db, 'avery-quinlan');

    expect(deleted.contact.name).toBe('Avery Quinlan');
    expect([deleted.conversations.length, deleted.timeline.length, deleted.drafts.length]).toEqual([2, 5, 1]);
    expect(deleted.referred).toEqual(['pat-okafor']);
    expect(await db.contacts.get('avery-quinlan')).toBeUndefined();
    expect(await deletionCounts(db, 'avery-quinlan')).toEqual({ conversations: 0, timeline: 0, drafts: 0 });
    const pat = await db.contacts.get('pat-okafor');
    expect(pat).toMatchObject({ referredBy: null, employerId: 1 });
    expect(await db.contacts.get('jordan-reyes')).toEqual(jordanBefore);
    expect(await db.drafts.count()).toBe(1);
    expect(await db.employers.count()).toBe(1);
    // Their thank-you is no longer owed.
    expect((await dueContacts(db, day(6))).map((due) => due.contact.slug)).toEqual([]);
  });

  it('restores exactly what was deleted, under the same ids, with the referral that pointed at them', async () => {
    await seeded();
    const before = await dump();
    const deleted = await deleteContact(db, 'avery-quinlan');
    // Through a structured clone, as it travels to the page and back.
    await restoreContact(db, structuredClone(deleted), day(5, 10));
    expect(await dump()).toEqual(before);
    expect((await dueContacts(db, day(6))).map((due) => due.contact.slug)).toEqual(['avery-quinlan']);
  });

  it('refuses to delete twice, and to restore over a contact saved again meanwhile', async () => {
    await seeded();
    const deleted = await deleteContact(db, 'avery-quinlan');
    await expect(deleteContact(db, 'avery-quinlan')).rejects.toThrow('no longer saved');
    await saveContact(db, { fields: avery, capture: null });
    await expect(restoreContact(db, deleted)).rejects.toThrow('Avery Quinlan is saved again already');
    await expect(restoreContact(db, { ...deleted, contact: { ...deleted.contact, slug: 'other' } })).rejects.toThrow(
      'belong to another contact',
    );
  });
});
