import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import type { ExtractedProfile } from '../core/contacts/profile.ts';
import { StatusMoveError } from '../core/pipeline/status.ts';
import type { ConfabDb } from './database.ts';
import { ContactError, pendingContacts, pendingThankYouCount, saveContact, timelineOf } from './contacts-repo.ts';
import { moveContact } from './moves-repo.ts';

const capture: ExtractedProfile = {
  kind: 'profile',
  slug: 'avery-quinlan',
  url: avery.url,
  name: avery.name,
  headline: avery.headline,
  location: avery.location,
  currentTitle: avery.currentTitle,
  currentCompany: avery.currentCompany,
  about: 'Designing for people first.',
  experience: [{ title: 'Senior Product Designer', company: 'Harbor Light Labs', start: '2022', end: null, location: null }],
  education: [],
  missing: ['education'],
  degree: null,
  invitationPending: null,
  mutualConnections: null,
};

let db: ConfabDb;
afterEach(async () => db?.delete());

describe('contacts repository', () => {
  it('saves a prospect with its capture and a timeline entry', async () => {
    db = freshDb();
    const { contact, created } = await saveContact(db, { fields: avery, capture }, new Date('2026-11-23T10:00:00Z'));
    expect(created).toBe(true);
    expect(contact).toMatchObject({
      slug: 'avery-quinlan',
      status: 'prospect',
      about: 'Designing for people first.',
      lastCapturedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(contact.lastCapture?.currentTitle).toBe('Senior Product Designer');
    expect((await timelineOf(db, 'avery-quinlan')).map((e) => e.kind)).toEqual(['saved']);
  });

  it('updates the one record when the same person is saved again, from any form of their URL', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture });
    await moveContact(db, 'avery-quinlan', 'requested');
    const again = await saveContact(db, {
      fields: { ...avery, url: 'https://de.linkedin.com/in/Avery-Quinlan/?trk=x', notes: 'Met at a meetup' },
      capture: null,
    });
    expect(again.created).toBe(false);
    expect(again.contact).toMatchObject({
      status: 'requested',
      notes: 'Met at a meetup',
      url: avery.url,
      about: 'Designing for people first.',
    });
    expect(await db.contacts.count()).toBe(1);
  });

  it('keeps an earlier capture as a dated snapshot and records a job change on the timeline', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture }, new Date('2026-01-10T09:00:00Z'));
    // Saved again with nothing new on LinkedIn: no snapshot, no job change.
    await saveContact(db, { fields: avery, capture }, new Date('2026-02-10T09:00:00Z'));
    expect((await db.contacts.get('avery-quinlan'))?.captureHistory).toEqual([]);

    const promoted = { ...capture, currentTitle: 'Design Director', currentCompany: 'Tidewater Studio', headline: 'Design director' };
    const { contact } = await saveContact(db, { fields: { ...avery, notes: 'Kept' }, capture: promoted }, new Date('2026-06-01T09:00:00Z'));
    expect(contact.captureHistory).toEqual([
      {
        capturedAt: '2026-02-10T09:00:00.000Z',
        name: avery.name,
        headline: avery.headline,
        currentTitle: 'Senior Product Designer',
        currentCompany: 'Harbor Light Labs',
        location: avery.location,
      },
    ]);
    expect(contact.lastCapture).toMatchObject({ currentTitle: 'Design Director', currentCompany: 'Tidewater Studio' });
    expect(contact.notes).toBe('Kept');
    const timeline = await timelineOf(db, 'avery-quinlan');
    expect(timeline.map((event) => [event.kind, event.detail])).toEqual([
      ['saved', 'Saved as prospect'],
      ['updated', 'Profile details updated'],
      ['updated', 'Headline, Current title and Company changed on LinkedIn'],
      ['changedJobs', 'Now Design Director at Tidewater Studio (was Senior Product Designer at Harbor Light Labs)'],
    ]);
  });

  it('reports no job change when only the headline changed, or when the new page did not show a role', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture });
    await saveContact(db, { fields: avery, capture: { ...capture, headline: 'New headline' } });
    // A page that did not show the role, then the full page again: no job change either way.
    await saveContact(db, { fields: avery, capture: { ...capture, headline: 'New headline', currentTitle: null, currentCompany: null } });
    await saveContact(db, { fields: avery, capture: { ...capture, headline: 'New headline' } });
    const kinds = (await timelineOf(db, 'avery-quinlan')).map((event) => event.kind);
    expect(kinds).not.toContain('changedJobs');
    const saved = await db.contacts.get('avery-quinlan');
    expect(saved?.captureHistory).toHaveLength(1);
    expect(saved?.lastCapture).toMatchObject({
      headline: 'New headline',
      currentTitle: avery.currentTitle,
      currentCompany: avery.currentCompany,
    });
  });

  it('ignores a capture of someone else when the URL was edited to another person', async () => {
    db = freshDb();
    const { contact } = await saveContact(db, { fields: { ...avery, url: 'https://www.linkedin.com/in/jordan-reyes-data/' }, capture });
    expect(contact.slug).toBe('jordan-reyes-data');
    expect(contact.lastCapture).toBeNull();
    expect(contact.about).toBe('');
  });

  it('refuses a URL that is not a LinkedIn profile and stores nothing', async () => {
    db = freshDb();
    await expect(saveContact(db, { fields: { ...avery, url: 'https://example.com/in/avery' }, capture: null })).rejects.toThrow(
      ContactError,
    );
    await expect(saveContact(db, { fields: { ...avery, name: '' }, capture: null })).rejects.toThrow(/needs a name/);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.timeline.count()).toBe(0);
  });

  it('moves through allowed statuses, records the conversation and the pending thank-you', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture }, new Date('2026-11-18T09:00:00Z'));
    await moveContact(db, 'avery-quinlan', 'requested', new Date('2026-11-19T09:00:00Z'));
    await moveContact(db, 'avery-quinlan', 'accepted', new Date('2026-11-20T09:00:00Z'));
    await moveContact(db, 'avery-quinlan', 'scheduled', new Date('2026-11-20T10:00:00Z'), '', {
      scheduledFor: new Date('2026-11-22T15:00:00Z'),
    });
    expect(await pendingThankYouCount(db)).toBe(0);
    const met = await moveContact(db, 'avery-quinlan', 'met', new Date('2026-11-22T15:00:00Z'));
    expect(met.metAt).toBe('2026-11-22T15:00:00.000Z');
    expect(await pendingThankYouCount(db)).toBe(1);
    expect((await pendingContacts(db)).map((c) => c.metAt)).toEqual(['2026-11-22T15:00:00.000Z']);
    expect(await db.conversations.where('slug').equals('avery-quinlan').count()).toBe(1);
    const thanked = await moveContact(db, 'avery-quinlan', 'thanked');
    expect(thanked.thankedAt).not.toBeNull();
    expect(await pendingThankYouCount(db)).toBe(0);
    expect((await timelineOf(db, 'avery-quinlan')).at(-1)).toMatchObject({ kind: 'thanked', from: 'met', to: 'thanked' });
  });

  it('rejects a move the status machine does not allow and changes nothing', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture });
    await expect(moveContact(db, 'avery-quinlan', 'thanked')).rejects.toThrow(StatusMoveError);
    expect((await db.contacts.get('avery-quinlan'))?.status).toBe('prospect');
    expect(await db.timeline.count()).toBe(1);
    await expect(moveContact(db, 'nobody', 'requested')).rejects.toThrow(/No saved contact/);
  });
});
