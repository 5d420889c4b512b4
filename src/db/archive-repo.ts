/**
 * Archiving a contact: kept with everything, but out of the contacts list, Today and the badge (an
 * archived contact plans no reminder, see plannedFor). Restoring brings them back with their reminders
 * recomputed.
 */
import { contactSchema, type Contact } from '../core/contacts/contact.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

async function setArchived(db: ConfabDb, slug: string, archived: boolean, now: Date): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.conversations, db.settings], async () => {
    const existing = await db.contacts.get(slug);
    if (!existing) throw new ContactError('This contact is no longer saved: it may have been deleted.');
    const at = now.toISOString();
    const parsed = contactSchema.parse({ ...existing, archivedAt: archived ? (existing.archivedAt ?? at) : null, updatedAt: at });
    const contact = await withFollowUp(db, parsed, now);
    await db.contacts.put(contact);
    return contact;
  });
}

export function archiveContact(db: ConfabDb, slug: string, now: Date = new Date()): Promise<Contact> {
  return setArchived(db, slug, true, now);
}

export function unarchiveContact(db: ConfabDb, slug: string, now: Date = new Date()): Promise<Contact> {
  return setArchived(db, slug, false, now);
}
