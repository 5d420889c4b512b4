/**
 * The details the person keeps about a contact beyond the profile: tags, the employer on their list,
 * who referred them, their own keep-in-touch cadence and notes. Every change recomputes the reminders
 * (a tag or a cadence changes when to keep in touch).
 */
import { contactSchema, timelineEventSchema, type Contact } from '../core/contacts/contact.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

export interface ContactDetails {
  tags?: string[];
  employerId?: number | null;
  referredBy?: string | null;
  keepInTouchDays?: number | null;
  notes?: string;
  email?: string;
  meetingPlace?: string;
}

export async function updateContactDetails(db: ConfabDb, slug: string, details: ContactDetails, now: Date = new Date()): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.timeline, db.conversations, db.settings, db.employers], async () => {
    const existing = await db.contacts.get(slug);
    if (!existing) throw new ContactError(`No saved contact has the profile “${slug}”.`);
    if (details.referredBy === slug) throw new ContactError('A contact cannot have referred themselves.');
    if (details.referredBy && !(await db.contacts.get(details.referredBy)))
      throw new ContactError('The person who referred them is not among your contacts.');
    if (details.employerId != null && !(await db.employers.get(details.employerId)))
      throw new ContactError('That employer is not on your list.');
    const tags = details.tags && [...new Map(details.tags.map((tag) => [tag.trim().toLowerCase(), tag.trim()])).values()].filter(Boolean);
    const defined = Object.fromEntries(Object.entries({ ...details, tags }).filter(([, value]) => value !== undefined));
    const parsed = contactSchema.parse({ ...existing, ...defined, updatedAt: now.toISOString() });
    const contact = await withFollowUp(db, parsed, now);
    await db.contacts.put(contact);
    if (details.referredBy && details.referredBy !== existing.referredBy) {
      const referrer = await db.contacts.get(details.referredBy);
      await db.timeline.add(
        timelineEventSchema.parse({
          slug,
          at: now.toISOString(),
          kind: 'referral',
          detail: `Referred by ${referrer?.name ?? details.referredBy}`,
        }),
      );
    }
    return contact;
  });
}

/** Whom this contact referred: the other side of "referred by". */
export function referralsOf(db: ConfabDb, slug: string): Promise<Contact[]> {
  return db.contacts.where('referredBy').equals(slug).toArray();
}
