import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { savePerson } from '../../test/unit/two-people.ts';
import { updateContactDetails } from './contact-details-repo.ts';
import { timelineOf } from './contact-queries.ts';
import { saveContact } from './contacts-repo.ts';
import type { ConfabDb } from './database.ts';
import { saveDraft } from './drafts-repo.ts';
import { saveEmployer } from './employers-repo.ts';
import { dueContacts } from './follow-ups.ts';
import { mergeContacts } from './merge-repo.ts';
import { moveContact } from './moves-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 10, d, h));
const conversation = (slug: string, notes: string) => ({
  slug,
  scheduledFor: null,
  heldAt: null,
  minutes: 20,
  notes,
  agenda: null,
  meetingNotes: null,
});

/**
 * Avery saved twice: `avery-quinlan` (met, tagged, a draft, referred Pat) and `avery-q` (an e-mail,
 * referred by Jordan, referred Sam, two drafts, a conversation).
 */
async function twoRecords() {
  db = freshDb();
  await saveContact(db, { fields: { ...avery, notes: 'Met at the meetup' }, capture: null }, day(2));
  await saveContact(
    db,
    {
      fields: { ...avery, url: 'https://www.linkedin.com/in/avery-q/', location: 'Portland', notes: 'Likes design systems' },
      capture: null,
    },
    day(3),
  );
  for (const [slug, name] of [
    ['jordan-reyes', 'Jordan Reyes'],
    ['pat-okafor', 'Pat Okafor'],
    ['sam-ito', 'Sam Ito'],
  ] as const)
    await savePerson(db, slug, name, day(2));
  const employer = await saveEmployer(db, { name: 'Harbor Light Labs' });
  await updateContactDetails(db, 'avery-quinlan', { tags: ['mentor', 'Design'] }, day(3));
  await updateContactDetails(
    db,
    'avery-q',
    { tags: ['design', 'alumni'], email: 'avery@example.com', referredBy: 'jordan-reyes', employerId: employer.id! },
    day(3),
  );
  await updateContactDetails(db, 'pat-okafor', { referredBy: 'avery-quinlan' }, day(3));
  await updateContactDetails(db, 'sam-ito', { referredBy: 'avery-q' }, day(3));
  for (const to of ['requested', 'accepted', 'met'] as const) await moveContact(db, 'avery-quinlan', to, day(to === 'met' ? 5 : 4));
  await db.conversations.add(conversation('avery-quinlan', 'first'));
  await db.conversations.add(conversation('avery-q', 'second'));
  await saveDraft(db, { slug: 'avery-quinlan', channel: 'email', subject: 'Old', body: 'older' }, day(3));
  await saveDraft(db, { slug: 'avery-q', channel: 'email', subject: 'New', body: 'newer' }, day(4));
  await saveDraft(db, { slug: 'avery-quinlan', channel: 'message', subject: '', body: 'kept message' }, day(6));
  await saveDraft(db, { slug: 'avery-q', channel: 'message', subject: '', body: 'older message' }, day(4));
  await saveDraft(db, { slug: 'avery-q', channel: 'inmail', subject: 'S', body: 'only here' }, day(4));
}

describe('merging two records of one person', () => {
  it('keeps one with its profile, moves everything of the other over, and deletes the other', async () => {
    await twoRecords();
    const timelineBefore = (await timelineOf(db, 'avery-quinlan')).length + (await timelineOf(db, 'avery-q')).length;
    const merged = await mergeContacts(db, 'avery-quinlan', 'avery-q', day(6));

    expect(await db.contacts.get('avery-q')).toBeUndefined();
    expect(merged).toMatchObject({
      slug: 'avery-quinlan',
      status: 'met',
      location: avery.location,
      url: avery.url,
      tags: ['mentor', 'Design', 'alumni'],
      notes: 'Met at the meetup\n\nLikes design systems',
      email: 'avery@example.com',
      referredBy: 'jordan-reyes',
      employerId: 1,
    });
    expect(await db.contacts.get('avery-quinlan')).toEqual(merged);
    expect((await db.conversations.where('slug').equals('avery-quinlan').toArray()).map((c) => c.notes).sort()).toEqual([
      '',
      'first',
      'second',
    ]);
    const drafts = await db.drafts.where('slug').equals('avery-quinlan').toArray();
    expect(Object.fromEntries(drafts.map((d) => [d.channel, d.body]))).toEqual({
      email: 'newer',
      message: 'kept message',
      inmail: 'only here',
    });
    expect(await db.drafts.where('slug').equals('avery-q').count()).toBe(0);
    const timeline = await timelineOf(db, 'avery-quinlan');
    expect(timeline).toHaveLength(timelineBefore + 1);
    expect(timeline.at(-1)).toMatchObject({ kind: 'merged', detail: 'Merged with Avery Quinlan (linkedin.com/in/avery-q)' });
    expect(await db.timeline.where('slug').equals('avery-q').count()).toBe(0);
    expect((await db.contacts.get('pat-okafor'))?.referredBy).toBe('avery-quinlan');
    expect((await db.contacts.get('sam-ito'))?.referredBy).toBe('avery-quinlan');
    // The reminders are the kept one's, recomputed: the thank-you owed since the meeting.
    expect(merged.followUpAt).toBe(day(5).toISOString());
    expect((await dueContacts(db, day(7))).map((due) => due.contact.slug)).toEqual(['avery-quinlan']);
  });

  it('never leaves a contact referred by themselves, and refuses a merge with oneself or with someone not saved', async () => {
    await twoRecords();
    await updateContactDetails(db, 'avery-quinlan', { referredBy: 'avery-q' }, day(4));
    const merged = await mergeContacts(db, 'avery-q', 'avery-quinlan', day(6));
    expect(merged).toMatchObject({ slug: 'avery-q', referredBy: 'jordan-reyes', location: 'Portland', status: 'prospect' });
    expect((await db.contacts.get('pat-okafor'))?.referredBy).toBe('avery-q');
    await expect(mergeContacts(db, 'avery-q', 'avery-q')).rejects.toThrow('cannot be merged with itself');
    await expect(mergeContacts(db, 'avery-q', 'avery-quinlan')).rejects.toThrow('no longer saved');
  });
});
