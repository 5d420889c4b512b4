import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { recordReferralAsked, referralAskedLine } from './after-meeting-repo.ts';
import { saveContact, timelineOf } from './contacts-repo.ts';
import type { ConfabDb } from './database.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

describe('recording the referral request as sent', () => {
  it('puts a dated line on the timeline and leaves the status alone', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null }, new Date('2026-11-19T10:00:00Z'));
    const contact = await recordReferralAsked(db, 'avery-quinlan', new Date('2026-12-01T09:00:00Z'));
    expect(contact).toMatchObject({ status: 'prospect', updatedAt: '2026-12-01T09:00:00.000Z' });
    const lines = (await timelineOf(db, 'avery-quinlan')).filter((event) => event.detail === referralAskedLine);
    expect(lines).toEqual([expect.objectContaining({ kind: 'note', at: '2026-12-01T09:00:00.000Z' })]);
  });

  it('refuses someone not saved', async () => {
    db = freshDb();
    await expect(recordReferralAsked(db, 'nobody')).rejects.toThrow(/No saved contact/);
  });
});
