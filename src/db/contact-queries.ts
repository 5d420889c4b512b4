/**
 * The contact reads the popup and the badge need at once, apart from the write paths (schemas,
 * reminder rules): a page that only reads loads this, not them.
 */
import { Dexie } from 'dexie';
import type { Contact } from '../core/contacts/contact.ts';
import type { ConfabDb } from './database.ts';

export function getContact(db: ConfabDb, slug: string): Promise<Contact | undefined> {
  return db.contacts.get(slug);
}

/**
 * Contacts met and not yet thanked, oldest conversation first (metAt is always set on met contacts);
 * an archived one is left out (few are met and archived: the filter reads only the met ones).
 */
const awaitingThanks = (db: ConfabDb) =>
  db.contacts
    .where('[status+metAt]')
    .between(['met', Dexie.minKey], ['met', Dexie.maxKey])
    .filter((contact) => !contact.archivedAt);

export function pendingContacts(db: ConfabDb): Promise<Contact[]> {
  return awaitingThanks(db).toArray();
}

export function pendingThankYouCount(db: ConfabDb): Promise<number> {
  return awaitingThanks(db).count();
}

/**
 * The badge's whole question, from the index alone whatever the number of contacts: how many
 * thank-yous are pending, and the oldest meeting among them (the first to turn late).
 */
export async function thankYouSummary(db: ConfabDb): Promise<{ pending: number; oldestMetAt: string | null }> {
  const [pending, oldest] = await Promise.all([awaitingThanks(db).count(), awaitingThanks(db).first()]);
  return { pending, oldestMetAt: oldest?.metAt ?? null };
}

export function timelineOf(db: ConfabDb, slug: string) {
  return db.timeline.where('[slug+at]').between([slug, Dexie.minKey], [slug, Dexie.maxKey]).toArray();
}

/** The archived contacts, from the index that holds only them (a null archivedAt is not indexed). */
export function archivedContacts(db: ConfabDb): Promise<Contact[]> {
  return db.contacts.where('archivedAt').above('').toArray();
}
