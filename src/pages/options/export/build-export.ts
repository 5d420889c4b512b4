/**
 * The export files, built from one read of the database. Loaded with a dynamic import() when the
 * person asks for a file: papaparse, the `ics` writer and these builders are of no use to the rest of
 * the options page, which then loads as small as before.
 */
import { upcomingCalendar } from '../../../core/export/export-calendar.ts';
import { localDay } from '../../../core/export/export-cells.ts';
import { contactsCsv, conversationsCsv } from '../../../core/export/export-csv.ts';
import { contactsVcard } from '../../../core/export/export-vcard.ts';
import { database } from '../../../db/database.ts';
import { readExportData } from '../../../db/export-repo.ts';
import { downloadText } from '../../../ui/download-file.ts';

/** @public: read as a type alongside it. */
export const exportKinds = ['contacts-csv', 'conversations-csv', 'contacts-vcard', 'calendar'] as const;
export type ExportKind = (typeof exportKinds)[number];

export interface ExportFile {
  fileName: string;
  text: string;
  type: string;
  /** What it holds, for the status line: "42 contacts". */
  summary: string;
}

/** The file, or the sentence saying why there is none (nothing to export yet). */
export type ExportOutcome = { file: ExportFile } | { empty: string };

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export async function buildExport(kind: ExportKind, now: Date = new Date()): Promise<ExportOutcome> {
  const data = await readExportData(database());
  const name = (what: string, extension: string) => `confab-${what}-${localDay(now)}.${extension}`;
  switch (kind) {
    case 'contacts-csv':
      if (data.contacts.length === 0) return { empty: 'No contacts to export yet.' };
      return {
        file: {
          fileName: name('contacts', 'csv'),
          text: contactsCsv(data),
          type: 'text/csv;charset=utf-8',
          summary: count(data.contacts.length, 'contact'),
        },
      };
    case 'conversations-csv':
      if (data.conversations.length === 0) return { empty: 'No conversations to export yet: they start with an agenda or a meeting time.' };
      return {
        file: {
          fileName: name('conversations', 'csv'),
          text: conversationsCsv(data),
          type: 'text/csv;charset=utf-8',
          summary: count(data.conversations.length, 'conversation'),
        },
      };
    case 'contacts-vcard':
      if (data.contacts.length === 0) return { empty: 'No contacts to export yet.' };
      return {
        file: {
          fileName: name('contacts', 'vcf'),
          text: contactsVcard(data.contacts),
          type: 'text/vcard;charset=utf-8',
          summary: count(data.contacts.length, 'contact'),
        },
      };
    case 'calendar': {
      const result = upcomingCalendar({ ...data, now });
      if (!result.ok) throw new Error(`The calendar could not be made: ${result.error}`);
      if (result.ics === '') return { empty: 'Nothing ahead to export: no upcoming meetings or reminders.' };
      return {
        file: {
          fileName: name('calendar', 'ics'),
          text: result.ics,
          type: 'text/calendar;charset=utf-8',
          summary: `${count(result.meetings, 'meeting')} and ${count(result.reminders, 'reminder')}`,
        },
      };
    }
  }
}

/** Hands the file to the browser's downloads. */
export function downloadFile({ fileName, text, type }: ExportFile): void {
  downloadText(fileName, text, type);
}
