/**
 * Everything the exports need, read in one transaction so the files agree with each other even if a
 * save lands meanwhile. Read-only: the options page may read the database directly (writes go through
 * the background).
 */
import type { Contact, Conversation } from '../core/contacts/contact.ts';
import { currentConversationOfEach } from '../core/contacts/current-conversation.ts';
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

export function readExportData(db: ConfabDb): Promise<ExportSnapshot> {
  return db.transaction('r', [db.contacts, db.conversations, db.employers, db.settings], async () => {
    const [contacts, conversations, employers, settings] = await Promise.all([
      db.contacts.toArray(),
      db.conversations.toArray(),
      db.employers.toArray(),
      readSettings(db),
    ]);
    return { contacts, conversations, employers, settings, current: currentConversationOfEach(conversations) };
  });
}
