import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Contact, Conversation, TimelineEvent } from '../core/contact.ts';
import type { Draft } from '../core/draft.ts';
import type { Settings } from '../core/settings.ts';

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
};

export const databaseName = 'confab';

/**
 * Every version stays declared here once released, so Dexie can upgrade any older database.
 * Indexes are only what the queries need: slug (the primary key, unique), status, and the dates that
 * decide what is due.
 */
export function openDatabase(name: string = databaseName): ConfabDb {
  const db = new Dexie(name) as ConfabDb;
  db.version(1).stores({
    contacts: '&slug, status, [status+metAt], updatedAt',
    conversations: '++id, slug, scheduledFor, heldAt',
    timeline: '++id, slug, [slug+at]',
    drafts: '[slug+channel], slug, updatedAt',
    settings: '&key',
  });
  return db;
}

let shared: ConfabDb | undefined;

/** The one database of a page or of the worker. */
export function database(): ConfabDb {
  shared ??= openDatabase();
  return shared;
}
