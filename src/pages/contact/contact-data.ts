/** Everything the contact page shows, read in one live query so that every change re-renders it. */
import type { Contact, Conversation, TimelineEvent } from '../../core/contacts/contact.ts';
import type { Employer } from '../../core/employers/employers.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { referralsOf } from '../../db/contact-details-repo.ts';
import { timelineOf } from '../../db/contact-queries.ts';
import { currentConversation } from '../../db/conversations-repo.ts';
import { database } from '../../db/database.ts';
import { readSettings } from '../../db/settings-repo.ts';
import { tagsInUse } from '../../ui/contact-query.ts';

export interface ContactData {
  contact: Contact;
  timeline: TimelineEvent[];
  employers: Employer[];
  referrer: Contact | undefined;
  referrals: Contact[];
  conversation: Conversation | undefined;
  settings: Settings;
  /** Tags used on any contact, offered while typing a new one. */
  knownTags: string[];
}

export async function loadContact(slug: string): Promise<ContactData | null> {
  const db = database();
  const contact = await db.contacts.get(slug);
  if (!contact) return null;
  const [timeline, employers, referrer, referrals, conversation, settings, knownTags] = await Promise.all([
    timelineOf(db, slug),
    db.employers.orderBy('name').toArray(),
    contact.referredBy ? db.contacts.get(contact.referredBy) : Promise.resolve(undefined),
    referralsOf(db, slug),
    currentConversation(db, slug),
    readSettings(db),
    tagsInUse(db),
  ]);
  return { contact, timeline, employers, referrer, referrals, conversation, settings, knownTags };
}

export const firstName = (contact: Pick<Contact, 'name'>) => contact.name.trim().split(/\s+/)[0] ?? contact.name;
