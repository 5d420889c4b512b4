import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { contactSchema, type Contact, type Conversation, type TimelineEvent } from '../core/contact.ts';
import type { Draft } from '../core/draft.ts';
import type { Employer } from '../core/employers.ts';
import { dueSettingsOf, settingsSchema, type Settings } from '../core/settings.ts';
import { followUpAtFor, plannedFor } from './follow-ups.ts';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export type ConfabDb = Dexie & {
  contacts: EntityTable<Contact, 'slug'>;
  conversations: EntityTable<Conversation, 'id'>;
  timeline: EntityTable<TimelineEvent, 'id'>;
  drafts: Table<Draft, [string, Draft['channel']]>;
  settings: EntityTable<SettingsRow, 'key'>;
  employers: EntityTable<Employer, 'id'>;
};

export const databaseName = 'confab';

/** Version 1, as released: kept so Dexie can upgrade a database created by it. */
export const schemaV1 = {
  contacts: '&slug, status, [status+metAt], updatedAt',
  conversations: '++id, slug, scheduledFor, heldAt',
  timeline: '++id, slug, [slug+at]',
  drafts: '[slug+channel], slug, updatedAt',
  settings: '&key',
};

/**
 * Version 2: the target employers (LAMP), and contact indexes for the reminders (`followUpAt`), the
 * employer and tags (multi-entry), which the Today view and the contacts list query.
 */
export const schemaV2 = {
  ...schemaV1,
  contacts: '&slug, status, [status+metAt], updatedAt, followUpAt, employerId, referredBy, *tags, name',
  employers: '++id, name',
};

/** Fills version 2's new contact fields and computes each contact's first reminder. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const stored = settingsSchema.safeParse((await tx.table('settings').get('settings'))?.value ?? {});
  const due = dueSettingsOf(stored.success ? stored.data : settingsSchema.parse({}));
  const conversations = (await tx.table('conversations').toArray()) as Conversation[];
  const now = new Date();
  await tx
    .table('contacts')
    .toCollection()
    .modify((row: Contact) => {
      const contact = contactSchema.parse(row);
      const latest = conversations.filter((c) => c.slug === contact.slug).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
      const current = latest.filter((c) => c.heldAt === null).at(-1) ?? latest.at(-1);
      Object.assign(row, contact, { followUpAt: followUpAtFor(plannedFor(contact, current, due), now) });
    });
}

/**
 * Every version stays declared here once released, so Dexie can upgrade any older database.
 * Indexes are only what the queries need.
 */
export function openDatabase(name: string = databaseName): ConfabDb {
  const db = new Dexie(name) as ConfabDb;
  db.version(1).stores(schemaV1);
  db.version(2).stores(schemaV2).upgrade(upgradeToV2);
  return db;
}

let shared: ConfabDb | undefined;

/** The one database of a page or of the worker. */
export function database(): ConfabDb {
  shared ??= openDatabase();
  return shared;
}
