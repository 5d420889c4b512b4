/**
 * Confab's backup file: one JSON document with a format name, the database's schema version and every
 * table's rows. Its rows are checked with the very schemas the extension writes with, so a restored
 * row is one Confab could have written itself; fields missing from an older file get today's defaults.
 */
import {
  contactSchema,
  conversationSchema,
  timelineEventSchema,
  type Contact,
  type Conversation,
  type TimelineEvent,
} from '../contacts/contact.ts';
import { draftSchema, type Draft } from '../drafting/draft.ts';
import { employerSchema, type Employer } from '../employers/employers.ts';
import { settingsSchema, type Settings } from '../settings/settings.ts';
import { z } from '../z.ts';

export const backupFormat = 'confab-backup';
/**
 * The version of the rows' shape: 1 for database version 1, 2 for database versions 2 and 3, 3 for
 * database version 4 (the network pool: the status `network`, where each contact came from and what
 * LinkedIn's export told). The `imports` table is not in backups: undoing an import is for the
 * database it was made in only.
 */
export const backupSchemaVersion = 3;
/** Older files still restore: today's schemas fill the fields they lack (see backup-parse.ts). */
export const supportedBackupVersions = [1, 2, 3] as const;

/**
 * Far above a real person's data (fifty conversations a year make a file of a few hundred kB), and
 * below what a browser can carry in one extension message (64 MiB, quotes escaped once more).
 */
export const backupLimits = {
  /** Characters of the file's text (the page checks the file's bytes before reading it). */
  chars: 50 * 1024 * 1024,
  rowsPerTable: 200_000,
  /** Nesting of arrays and objects: Confab's rows nest five deep at most. */
  depth: 32,
  /** Problems listed before "and N more". */
  problems: 8,
} as const;

export const backupTableNames = ['contacts', 'conversations', 'timeline', 'drafts', 'settings', 'employers'] as const;
export type BackupTableName = (typeof backupTableNames)[number];

/** The settings table holds one row under the key "settings". */
const settingsRowSchema = z.object({ key: z.literal('settings'), value: settingsSchema });
export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export const backupRowSchemas = {
  contacts: contactSchema,
  conversations: conversationSchema,
  timeline: timelineEventSchema,
  drafts: draftSchema,
  settings: settingsRowSchema,
  employers: employerSchema,
} as const;

export interface BackupTables {
  contacts: Contact[];
  conversations: Conversation[];
  timeline: TimelineEvent[];
  drafts: Draft[];
  settings: SettingsRow[];
  employers: Employer[];
}

export interface Backup {
  format: typeof backupFormat;
  schemaVersion: number;
  exportedAt: string;
  tables: BackupTables;
}

export const restoreModes = ['merge', 'replace'] as const;
/** Merge: the newer record of each contact wins. Replace: the database becomes the file. */
export type RestoreMode = (typeof restoreModes)[number];

export interface TableCounts {
  /** Rows of this table the file holds. */
  inFile: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}
/** What the file holds and what a restore would change, per table. */
export type RestorePreview = Record<BackupTableName, TableCounts>;

/** A file checked for a restore: when it was made, and what it would change in either mode. */
export interface RestoreCheck {
  exportedAt: string;
  previews: Record<RestoreMode, RestorePreview>;
}

/** A backup made and read back: its name for the download, its text, and how many rows of the main tables it holds. */
export interface BackupFile {
  fileName: string;
  text: string;
  rows: Record<'contacts' | 'conversations' | 'employers', number>;
}

export interface RestoreSummary {
  mode: RestoreMode;
  /** Rows each table holds afterwards. */
  rows: Record<BackupTableName, number>;
}

/** The tables each schema version has: version 1 had no employers. */
export function tablesOfVersion(version: number): readonly BackupTableName[] {
  return version === 1 ? backupTableNames.filter((name) => name !== 'employers') : backupTableNames;
}

/** A row's identity in its table, to find duplicates and to match rows when merging. */
export function rowKey(table: BackupTableName, row: Record<string, unknown>): string | null {
  switch (table) {
    case 'contacts':
      return String(row.slug);
    case 'drafts':
      return `${String(row.slug)}\u0000${String(row.channel)}`;
    case 'settings':
      return String(row.key);
    default:
      return row.id === undefined ? null : String(row.id);
  }
}

/** The backup's file name for a given day, in the person's own time zone. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `confab-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
