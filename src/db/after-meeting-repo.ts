/**
 * What the person records from the after-meeting messages that has no status of its own: the referral
 * request sent. (The thank-you is a move to Thanked; closing the loop is dated on the contact.)
 */
import { timelineEventSchema, type Contact } from '../core/contacts/contact.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';

export const referralAskedLine = 'Sent the referral request: who else to talk to';

/** "I sent it" beside the referral request: a dated line on the contact's timeline. */
export async function recordReferralAsked(db: ConfabDb, slug: string, now: Date = new Date()): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.timeline, async () => {
    const existing = await db.contacts.get(slug);
    if (!existing) throw new ContactError(`No saved contact has the profile “${slug}”.`);
    const at = now.toISOString();
    const contact = { ...existing, updatedAt: at };
    await db.contacts.put(contact);
    await db.timeline.add(timelineEventSchema.parse({ slug, at, kind: 'note', detail: referralAskedLine }));
    return contact;
  });
}
