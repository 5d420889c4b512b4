/**
 * Every earlier schema version, filled with data as that version wrote it, opened with today's code:
 * no row and no field may be lost.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { contactSchema, conversationSchema } from '../core/contacts/contact.ts';
import { openDatabase, schemaV1, schemaV2 } from './database.ts';
import { settleFollowUps } from './follow-ups.ts';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A contact as version 1 stored it (before the reminder, employer and relationship fields). */
const v1Contact = {
  slug: 'avery-quinlan',
  name: 'Avery Quinlan',
  headline: 'Designer',
  currentTitle: 'Senior Product Designer',
  currentCompany: 'Harbor Light Labs',
  location: 'Portland',
  url: 'https://www.linkedin.com/in/avery-quinlan/',
  notes: 'Met at the meetup',
  status: 'met',
  about: 'About text',
  experience: [{ title: 'Designer', company: 'Harbor', start: '2020', end: 'Present', location: null }],
  education: [],
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  statusChangedAt: '2026-11-20T09:00:00.000Z',
  metAt: '2026-11-20T09:00:00.000Z',
  thankedAt: null,
  lastCapturedAt: '2026-10-01T09:00:00.000Z',
  lastCapture: {
    name: 'Avery Quinlan',
    headline: 'Designer',
    currentTitle: 'Senior Product Designer',
    currentCompany: 'Harbor Light Labs',
    location: 'Portland',
  },
};

async function createV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(schemaV1);
  await v1.table('contacts').add(v1Contact);
  await v1
    .table('conversations')
    .add({ slug: 'avery-quinlan', scheduledFor: null, heldAt: '2026-11-20T09:00:00.000Z', minutes: 20, notes: 'Notes' });
  await v1
    .table('timeline')
    .add({ slug: 'avery-quinlan', at: '2026-10-01T09:00:00.000Z', kind: 'saved', from: null, to: 'prospect', detail: 'Saved as prospect' });
  await v1
    .table('drafts')
    .add({ slug: 'avery-quinlan', channel: 'message', subject: '', body: 'Hi Avery', updatedAt: '2026-10-02T09:00:00.000Z' });
  await v1.table('settings').put({ key: 'settings', value: { premium: true, thankYouDelayHours: 36 } });
  v1.close();
}

describe('upgrading the database', () => {
  it('from version 1 through every later version keeps every row and field, and fills the new ones', async () => {
    const name = `confab-upgrade-${process.pid}-1`;
    names.push(name);
    await createV1(name);

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const contact = await db.contacts.get('avery-quinlan');
    expect(contact).toMatchObject(v1Contact);
    expect(contact).toMatchObject({ requestedAt: null, scheduledFor: null, tags: [], employerId: null, connection: '', dueStates: {} });
    expect(contact).toMatchObject({ email: '', meetingPlace: '', ownReminder: null, archivedAt: null });
    expect(contact).toMatchObject({ source: 'captured', connectedOn: null, lastContactedAt: null, importedAt: null });
    // Nobody is archived: the archive index holds nothing.
    expect(await db.contacts.where('archivedAt').above('').count()).toBe(0);
    // Every new field is there as the schema would default it: nothing for the schema to add.
    expect(contactSchema.parse(contact)).toEqual(contact);
    // Marked for the background, whose settle pass puts the real moment: the thank-you owed since the meeting.
    await settleFollowUps(db, new Date());
    expect((await db.contacts.get('avery-quinlan'))?.followUpAt).toBe('2026-11-20T09:00:00.000Z');
    expect(await db.contacts.where('followUpAt').belowOrEqual('2026-11-21T00:00:00.000Z').count()).toBe(1);
    expect(await db.conversations.toArray()).toEqual([
      expect.objectContaining({ slug: 'avery-quinlan', notes: 'Notes', heldAt: '2026-11-20T09:00:00.000Z' }),
    ]);
    expect(await db.timeline.count()).toBe(1);
    expect(await db.drafts.get(['avery-quinlan', 'message'])).toMatchObject({ body: 'Hi Avery' });
    expect((await db.settings.get('settings'))?.value).toMatchObject({ premium: true, thankYouDelayHours: 36 });
    expect(await db.employers.count()).toBe(0);
    // Version 3 indexes the company, for Today's second person.
    expect(await db.contacts.where('currentCompany').startsWithIgnoreCase('harbor').primaryKeys()).toEqual(['avery-quinlan']);
    db.close();
  });

  it('to version 3 gives meeting notes written before it the empty set of edited drafts', async () => {
    const name = `confab-upgrade-${process.pid}-notes`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(1).stores(schemaV1);
    v2.version(2).stores(schemaV2);
    await v2.table('contacts').add({ ...v1Contact });
    const meetingNotes = {
      slug: 'avery-quinlan',
      conversationId: null,
      notes: 'n',
      advice: [],
      nextSteps: [],
      clarifyingQuestion: '',
      quotedAdviceId: null,
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    await v2
      .table('conversations')
      .add({ slug: 'avery-quinlan', scheduledFor: null, heldAt: null, minutes: 20, notes: '', agenda: null, meetingNotes });
    await v2
      .table('conversations')
      .add({ slug: 'avery-quinlan', scheduledFor: null, heldAt: null, minutes: 20, notes: '', agenda: null, meetingNotes: null });
    v2.close();

    const db = openDatabase(name);
    await db.open();
    const [withNotes, without] = await db.conversations.toArray();
    expect(withNotes?.meetingNotes).toEqual({ ...meetingNotes, drafts: {} });
    expect(without?.meetingNotes).toBeNull();
    for (const row of [withNotes, without]) expect(conversationSchema.parse(row)).toEqual(row);
    db.close();
  });
});
