import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { createDefaultAgenda } from '../core/conversation/agenda.ts';
import { addAdvice, emptyMeetingNotes } from '../core/conversation/meeting-notes.ts';
import { saveContact, setConnection, timelineOf } from './contacts-repo.ts';
import { moveContact } from './moves-repo.ts';
import { currentConversation, saveConversation } from './conversations-repo.ts';
import type { ConfabDb } from './database.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

describe('conversations repository', () => {
  it('starts a conversation with the first agenda, whose length becomes the time box', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null });
    const agenda = createDefaultAgenda(30);
    const saved = await saveConversation(db, { slug: 'avery-quinlan', agenda, scheduledFor: '2026-11-30T15:00:00.000Z' });
    expect(saved).toMatchObject({ slug: 'avery-quinlan', minutes: 30, heldAt: null, scheduledFor: '2026-11-30T15:00:00.000Z', agenda });
    expect(await db.conversations.count()).toBe(1);
  });

  it('keeps what a change does not name, and the meeting goes into the same conversation once held', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null });
    await saveConversation(db, { slug: 'avery-quinlan', agenda: createDefaultAgenda(20) });
    for (const to of ['requested', 'accepted', 'met'] as const) await moveContact(db, 'avery-quinlan', to);
    const notes = addAdvice(emptyMeetingNotes('avery-quinlan', new Date()), 'Join the design systems meetup');
    const saved = await saveConversation(db, { slug: 'avery-quinlan', meetingNotes: notes });
    expect(saved.agenda?.lengthMinutes).toBe(20);
    expect(saved.heldAt).not.toBeNull();
    expect(saved.meetingNotes?.advice.map((item) => item.text)).toEqual(['Join the design systems meetup']);
    expect(await db.conversations.count()).toBe(1);
    expect((await currentConversation(db, 'avery-quinlan'))?.id).toBe(saved.id);
  });

  it('a new time for a scheduled meeting is the contact’s time too, and its reminder follows; a prospect’s time stays on the conversation', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null }, new Date('2026-11-19T10:00:00Z'));
    await saveConversation(db, { slug: 'avery-quinlan', scheduledFor: '2026-12-07T15:00:00.000Z' }, new Date('2026-11-19T11:00:00Z'));
    expect(await db.contacts.get('avery-quinlan')).toMatchObject({ status: 'prospect', scheduledFor: null });

    for (const to of ['requested', 'accepted'] as const) await moveContact(db, 'avery-quinlan', to, new Date('2026-11-20T10:00:00Z'));
    await moveContact(db, 'avery-quinlan', 'scheduled', new Date('2026-11-21T10:00:00Z'), '', {
      scheduledFor: new Date('2026-12-07T15:00:00.000Z'),
    });
    const before = (await db.contacts.get('avery-quinlan'))!;
    await saveConversation(db, { slug: 'avery-quinlan', scheduledFor: '2026-12-09T16:30:00.000Z' }, new Date('2026-11-22T10:00:00Z'));
    const after = (await db.contacts.get('avery-quinlan'))!;
    expect(after).toMatchObject({ status: 'scheduled', scheduledFor: '2026-12-09T16:30:00.000Z', updatedAt: '2026-11-22T10:00:00.000Z' });
    expect((await currentConversation(db, 'avery-quinlan'))?.scheduledFor).toBe('2026-12-09T16:30:00.000Z');
    // The reminder to send the agenda ahead (business days before the meeting) moved with it.
    expect([before.followUpAt, after.followUpAt]).toEqual(['2026-12-03T15:00:00.000Z', '2026-12-07T16:30:00.000Z']);

    // Clearing the field on the page does not unschedule the contact: that is a status move.
    await saveConversation(db, { slug: 'avery-quinlan', scheduledFor: null }, new Date('2026-11-22T11:00:00Z'));
    expect((await db.contacts.get('avery-quinlan'))?.scheduledFor).toBe('2026-12-09T16:30:00.000Z');
  });

  it('refuses a conversation for someone not saved, and an invalid agenda changes nothing', async () => {
    db = freshDb();
    await expect(saveConversation(db, { slug: 'nobody', agenda: createDefaultAgenda(20) })).rejects.toThrow(/No saved contact/);
    await saveContact(db, { fields: avery, capture: null });
    const broken = { ...createDefaultAgenda(20), items: [{ id: 'x', kind: 'question' as const, text: '', minutes: 5, source: null }] };
    await expect(saveConversation(db, { slug: 'avery-quinlan', agenda: broken })).rejects.toThrow();
    expect(await db.conversations.count()).toBe(0);
  });

  it('records the request as sent with its channel, and the connection per contact', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null }, new Date('2026-11-19T10:00:00Z'));
    await moveContact(db, 'avery-quinlan', 'requested', new Date('2026-11-20T10:00:00Z'), 'Sent as connection note');
    const timeline = await timelineOf(db, 'avery-quinlan');
    expect(timeline.find((event) => event.kind === 'status')).toMatchObject({
      kind: 'status',
      from: 'prospect',
      to: 'requested',
      detail: 'Prospect → Requested · Sent as connection note',
    });
    const contact = await setConnection(db, 'avery-quinlan', '  we both studied at Lakeshore ');
    expect(contact.connection).toBe('we both studied at Lakeshore');
    expect((await db.contacts.get('avery-quinlan'))?.status).toBe('requested');
  });
});
