/**
 * The contact reads the popup and the badge need at once, apart from the write paths (schemas,
 * reminder rules): a page that only reads loads this, not them.
 */
import { Dexie } from 'dexie';
import type { Contact } from '../core/contact.ts';
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
 * thank-yous are pending, the oldest meeting among them, and the first meeting after `since` (the one
 * to turn overdue next).
 */
export async function thankYouSummary(db: ConfabDb, since: string): Promise<{ pending: number; oldestMetAt: string | null; nextMetAt: string | null }> {
  const [pending, oldest, next] = await Promise.all([
    awaitingThanks(db).count(),
    awaitingThanks(db).first(),
    db.contacts
      .where('[status+metAt]')
      .between(['met', since], ['met', Dexie.maxKey], false, true)
      .filter((contact) => !contact.archivedAt)
      .first(),
  ]);
  return { pending, oldestMetAt: oldest?.metAt ?? null, nextMetAt: next?.metAt ?? null };
}

export function timelineOf(db: ConfabDb, slug: string) {
  return db.timeline.where('[slug+at]').between([slug, Dexie.minKey], [slug, Dexie.maxKey]).toArray();
}
