import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Contact, Conversation, TimelineEvent } from '../core/contacts/contact.ts';
import { searchWordsOf } from '../core/contacts/search-words.ts';
import type { ImportRecord } from '../core/import/import-record.ts';
import type { Draft } from '../core/drafting/draft.ts';
import type { Employer } from '../core/employers/employers.ts';
import type { Settings } from '../core/settings/settings.ts';
import { indexFieldsOf, searchWordsMiddleware } from './search-words-middleware.ts';

interface SettingsRow {
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
  imports: EntityTable<ImportRecord, 'id'>;
};

const databaseName = 'confab';

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

/** The fields version 2 added to a contact, as the contact schema defaults them (a test checks). */
const v2ContactDefaults = {
  connection: '',
  requestedAt: null,
  scheduledFor: null,
  lastTouchAt: null,
  adviceActedOnAt: null,
  loopClosedAt: null,
  keepInTouchDays: null,
  tags: [],
  employerId: null,
  referredBy: null,
  dueStates: {},
  captureHistory: [],
} as const;

/**
 * Fills version 2's new contact fields, and marks every contact for the background to compute its
 * reminders (`followUpAt` now: the next settle pass puts the real moment). This runs in whichever page
 * opens the database first, so it stays free of the schemas and the reminder rules, which would make
 * every page load them.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const now = new Date().toISOString();
  await tx
    .table('contacts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(v2ContactDefaults))
        if (!(key in row)) row[key] = Array.isArray(value) ? [] : typeof value === 'object' && value ? {} : value;
      row.followUpAt = now;
    });
}

/**
 * Version 3: the person's own details of a contact (e-mail, meeting place, a reminder of their own)
 * and its archiving; the upgrade fills the defaults so every row matches the schema. Indexed
 * `currentCompany`: Today's second person finds the others at the same employer by a prefix range;
 * `archivedAt` holds only the archived contacts (a null is not indexed), so they are counted without
 * reading the others.
 */
export const schemaV3 = { ...schemaV2, contacts: `${schemaV2.contacts}, currentCompany, archivedAt` };

/** The fields version 3 added to a contact, as the contact schema defaults them (a test checks). */
const v3ContactDefaults = {
  email: '',
  meetingPlace: '',
  ownReminder: null,
  archivedAt: null,
} as const;

async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('contacts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(v3ContactDefaults)) if (!(key in row)) row[key] = value;
    });
  // Meeting notes keep the after-meeting drafts the person rewrote; notes written before have none.
  await tx
    .table('conversations')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const notes = row.meetingNotes as Record<string, unknown> | null | undefined;
      if (notes && typeof notes === 'object' && !('drafts' in notes)) notes.drafts = {};
    });
}

/**
 * Version 4: the network pool (LinkedIn's data export). Contacts say where they came from and carry
 * what the export tells (connected on, invited, last contacted, which import listed them, missing from
 * a newer one). Indexed: `lastContactedAt` (the list sorts by it), `connectedOn`, and the multi-entry
 * `searchWords` the contacts page finds a prefix in (kept current by search-words-middleware.ts).
 * `imports` holds each applied import with exactly what undoing it needs.
 */
export const schemaV4 = {
  ...schemaV3,
  contacts: `${schemaV3.contacts}, lastContactedAt, connectedOn, *searchWords`,
  imports: '++id, at',
};

/** The fields version 4 added to a contact, as the contact schema defaults them (a test checks); `source` is per row. */
const v4ContactDefaults = {
  connectedOn: null,
  invitedAt: null,
  lastContactedAt: null,
  importedAt: null,
  missingFromExportAt: null,
} as const;

async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('contacts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(v4ContactDefaults)) if (!(key in row)) row[key] = value;
      row.source ??= row.lastCapturedAt ? 'captured' : 'manual';
      row.searchWords = searchWordsOf(row);
    });
}

/**
 * Version 5: the contacts list reads through indexes, never the whole table (30,000 contacts):
 * `nameKey` orders it by name (`listName` too, for the pipeline's contacts not archived: the list's
 * first rows, read without the rest), and `searchWords` now also holds the tags, location and headline, so
 * a search of the list is an index lookup. Both are index fields the middleware writes; the upgrade
 * computes them for every row.
 */
const schemaV5 = { ...schemaV4, contacts: `${schemaV4.contacts}, nameKey, listName` };

async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('contacts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      for (const [field, value] of Object.entries(indexFieldsOf(row))) if (value !== undefined) row[field] = value;
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
  db.version(3).stores(schemaV3).upgrade(upgradeToV3);
  db.version(4).stores(schemaV4).upgrade(upgradeToV4);
  db.version(5).stores(schemaV5).upgrade(upgradeToV5);
  db.use(searchWordsMiddleware);
  return db;
}

let shared: ConfabDb | undefined;

/** The one database of a page or of the worker. */
export function database(): ConfabDb {
  shared ??= openDatabase();
  return shared;
}
