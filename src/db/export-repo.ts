/**
 * Everything the exports need, read in one transaction so the files agree with each other even if a
 * save lands meanwhile. Read-only: the options page may read the database directly (writes go through
 * the background).
 */
import type { Contact, Conversation } from '../core/contacts/contact.ts';
import type { Employer } from '../core/employers/employers.ts';
import type { Settings } from '../core/settings/settings.ts';
import type { ConfabDb } from './database.ts';
import { readSettings } from './settings-repo.ts';

export interface ExportSnapshot {
  contacts: Contact[];
  conversations: Conversation[];
  employers: Employer[];
  /** Each contact's current conversation, by slug: the rule of `currentConversation`. */
  current: Map<string, Conversation>;
  settings: Settings;
}

/**
 * The current conversation of every contact at once: the latest (highest id) not yet held, else the
 * latest, as `currentConversation` picks one contact's. One pass over the table instead of a query per
 * contact, which matters at tens of thousands of contacts.
 */
export function currentConversations(conversations: readonly Conversation[]): Map<string, Conversation> {
  const latest = new Map<string, Conversation>();
  const latestOpen = new Map<string, Conversation>();
  for (const conversation of conversations) {
    const later = (than: Conversation | undefined) => !than || (conversation.id ?? 0) > (than.id ?? 0);
    if (later(latest.get(conversation.slug))) latest.set(conversation.slug, conversation);
    if (conversation.heldAt === null && later(latestOpen.get(conversation.slug))) latestOpen.set(conversation.slug, conversation);
  }
  return new Map([...latest].map(([slug, conversation]) => [slug, latestOpen.get(slug) ?? conversation]));
}

export function readExportData(db: ConfabDb): Promise<ExportSnapshot> {
  return db.transaction('r', [db.contacts, db.conversations, db.employers, db.settings], async () => {
    const [contacts, conversations, employers, settings] = await Promise.all([db.contacts.toArray(), db.conversations.toArray(), db.employers.toArray(), readSettings(db)]);
    return { contacts, conversations, employers, settings, current: currentConversations(conversations) };
  });
}
