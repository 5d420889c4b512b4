/**
 * The export files, each built from one snapshot of the database, with its name, type and a summary
 * for the status line; or the sentence saying why there is none. Built in steps that count the rows,
 * since 30,000 contacts take seconds (the vCards most).
 */
import type { Conversation } from '../contacts/contact.ts';
import type { Settings } from '../settings/settings.ts';
import { upcomingCalendarSteps } from './export-calendar.ts';
import { localDay } from './export-cells.ts';
import { contactsCsvSteps, conversationsCsvSteps, type ExportData } from './export-csv.ts';
import { contactsVcardSteps } from './export-vcard.ts';
import type { Steps } from '../progress/progress.ts';

export const exportKinds = ['contacts-csv', 'conversations-csv', 'contacts-vcard', 'calendar'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** Everything the exports read, in one transaction so that the files agree with each other. */
export interface ExportSnapshot extends ExportData {
  /** Each contact's current conversation, by slug: the rule of `currentConversation`. */
  current: Map<string, Conversation>;
  settings: Settings;
}

interface ExportFile {
  fileName: string;
  text: string;
  type: string;
  /** What it holds, for the status line: "42 contacts". */
  summary: string;
}

/** The file, or the sentence saying why there is none (nothing to export yet). */
export type ExportOutcome = { file: ExportFile } | { empty: string };

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function* exportFileSteps(kind: ExportKind, data: ExportSnapshot, now: Date): Steps<ExportOutcome> {
  const name = (what: string, extension: string) => `confab-${what}-${localDay(now)}.${extension}`;
  switch (kind) {
    case 'contacts-csv':
      if (data.contacts.length === 0) return { empty: 'No contacts to export yet.' };
      return {
        file: {
          fileName: name('contacts', 'csv'),
          text: yield* contactsCsvSteps(data),
          type: 'text/csv;charset=utf-8',
          summary: count(data.contacts.length, 'contact'),
        },
      };
    case 'conversations-csv':
      if (data.conversations.length === 0) return { empty: 'No conversations to export yet: they start with an agenda or a meeting time.' };
      return {
        file: {
          fileName: name('conversations', 'csv'),
          text: yield* conversationsCsvSteps(data),
          type: 'text/csv;charset=utf-8',
          summary: count(data.conversations.length, 'conversation'),
        },
      };
    case 'contacts-vcard':
      if (data.contacts.length === 0) return { empty: 'No contacts to export yet.' };
      return {
        file: {
          fileName: name('contacts', 'vcf'),
          text: yield* contactsVcardSteps(data.contacts),
          type: 'text/vcard;charset=utf-8',
          summary: count(data.contacts.length, 'contact'),
        },
      };
    case 'calendar': {
      const result = yield* upcomingCalendarSteps({ ...data, now });
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
