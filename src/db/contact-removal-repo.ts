/**
 * Deleting one contact with everything that belongs to them (conversations, timeline, drafts), and
 * putting it all back for Undo. The deleted rows go back to the page that asked; the page keeps them
 * and sends them back to restore, so nothing lingers in the database.
 */
import type { Contact, Conversation, TimelineEvent } from '../core/contacts/contact.ts';
import type { Draft } from '../core/drafting/draft.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

export interface DeletedContact {
  contact: Contact;
  conversations: Conversation[];
  timeline: TimelineEvent[];
  drafts: Draft[];
  /** The contacts they had referred: they lose the link, and get it back on restore. */
  referred: string[];
}

/** What a delete would take with the contact: the numbers the confirmation names. */
export async function deletionCounts(db: ConfabDb, slug: string): Promise<{ conversations: number; timeline: number; drafts: number }> {
  const [conversations, timeline, drafts] = await Promise.all([
    db.conversations.where('slug').equals(slug).count(),
    db.timeline.where('slug').equals(slug).count(),
    db.drafts.where('slug').equals(slug).count(),
  ]);
  return { conversations, timeline, drafts };
}

const tables = (db: ConfabDb) => [db.contacts, db.conversations, db.timeline, db.drafts, db.settings];

export async function deleteContact(db: ConfabDb, slug: string): Promise<DeletedContact> {
  return db.transaction('rw', tables(db), async () => {
    const contact = await db.contacts.get(slug);
    if (!contact) throw new ContactError('This contact is no longer saved: it may have been deleted already.');
    const [conversations, timeline, drafts, referrals] = await Promise.all([
      db.conversations.where('slug').equals(slug).toArray(),
      db.timeline.where('slug').equals(slug).toArray(),
      db.drafts.where('slug').equals(slug).toArray(),
      db.contacts.where('referredBy').equals(slug).toArray(),
    ]);
    await db.conversations.where('slug').equals(slug).delete();
    await db.timeline.where('slug').equals(slug).delete();
    await db.drafts.where('slug').equals(slug).delete();
    // Whom they referred stays saved; only the link to a person no longer saved goes.
    await db.contacts.bulkPut(referrals.map((other) => ({ ...other, referredBy: null })));
    await db.contacts.delete(slug);
    return { contact, conversations, timeline, drafts, referred: referrals.map((other) => other.slug) };
  });
}

/**
 * Puts a deleted contact back as it was: the same rows under the same ids, and the referrals that
 * pointed at them where those contacts still exist and have not been given another referrer since.
 */
export async function restoreContact(db: ConfabDb, deleted: DeletedContact, now: Date = new Date()): Promise<Contact> {
  const { contact } = deleted;
  const foreign = [...deleted.conversations, ...deleted.timeline, ...deleted.drafts].some((row) => row.slug !== contact.slug);
  if (foreign) throw new ContactError('These rows belong to another contact: nothing was restored.');
  return db.transaction('rw', tables(db), async () => {
    if (await db.contacts.get(contact.slug)) throw new ContactError(`${contact.name} is saved again already: nothing was restored.`);
    const restored = await withFollowUp(db, contact, now);
    await db.contacts.put(restored);
    await db.conversations.bulkPut(deleted.conversations);
    await db.timeline.bulkPut(deleted.timeline);
    await db.drafts.bulkPut(deleted.drafts);
    const referred = (await db.contacts.bulkGet(deleted.referred)).filter(
      (other): other is Contact => !!other && other.referredBy === null,
    );
    await db.contacts.bulkPut(referred.map((other) => ({ ...other, referredBy: contact.slug })));
    return restored;
  });
}
