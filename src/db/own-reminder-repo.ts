/**
 * Setting or clearing the person's own reminder on a contact. Its moment is counted into `followUpAt`,
 * so the due index, the one alarm and the notification find it like the method's reminders.
 */
import type { Contact } from '../core/contacts/contact.ts';
import type { OwnReminder } from '../core/reminders/own-reminder.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

export async function setOwnReminder(db: ConfabDb, slug: string, reminder: OwnReminder | null, now: Date = new Date()): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.conversations, db.settings], async () => {
    const existing = await db.contacts.get(slug);
    if (!existing) throw new ContactError(`No saved contact has the profile “${slug}”.`);
    const contact = await withFollowUp(db, { ...existing, ownReminder: reminder, updatedAt: now.toISOString() }, now);
    await db.contacts.put(contact);
    return contact;
  });
}
