/**
 * What an import reads from the tables of LinkedIn's data export: the owner, one contact per
 * canonical slug (from Connections, Invitations and messages), what was skipped and why, and which
 * files were recognised. Linear in the number of rows (maps by slug), for 30,000 connections and
 * 50,000 messages. It runs once every CSV is read (see export-reader.ts): who "you" are may be known
 * only from the last file (Profile.csv, or the messages themselves), and connections are read before
 * invitations and messages whatever the order of the files.
 */
import { exportDay, exportTime } from './export-dates.ts';
import { ExportError } from './export-error.ts';
import { findOwner, recipientUrls, slugOf, type ExportOwner } from './export-owner.ts';
import { ExportPeople, type ExportContact } from './export-people.ts';
import type { NamedTable } from './export-reader.ts';
import type { ExportKind, ExportRow } from './export-table.ts';

interface ExportSkip {
  file: string;
  line: number;
  reason: string;
}

export interface ExportReading {
  owner: ExportOwner | null;
  contacts: ExportContact[];
  skipped: ExportSkip[];
  files: { name: string; kind: ExportKind; rows: number }[];
}

const reasons = {
  hidden: 'A member who hides their profile: the export gives only the date.',
  noUrl: 'No profile address in this row (exports before 2023 have none), so it cannot be matched to anyone.',
  sponsored: 'A sponsored message from LinkedIn, not from a person.',
  noSender: 'No profile address for the sender, so it cannot be matched to anyone.',
  badUrl: 'Not a LinkedIn profile address, so it cannot be matched to anyone.',
  draft: 'A draft you never sent.',
  spam: 'A message in your spam folder.',
  noSide: 'Cannot tell whether you sent this message: include Profile.csv or Invitations.csv from the same export.',
};

function readConnections(table: NamedTable, people: ExportPeople, skip: (line: number, reason: string) => void): void {
  for (const row of table.rows) {
    const name = `${row.cell('first name').trim()} ${row.cell('last name').trim()}`.trim();
    const url = row.cell('url').trim();
    if (!url) skip(row.line, name || row.cell('company').trim() ? reasons.noUrl : reasons.hidden);
    else if (!slugOf(url)) skip(row.line, reasons.badUrl);
    else {
      const fields = { name, company: row.cell('company'), position: row.cell('position'), email: row.cell('email address') };
      people.person(url, { ...fields, connectedOn: exportDay(row.cell('connected on')) });
    }
  }
}

function readInvitations(table: NamedTable, people: ExportPeople, skip: (line: number, reason: string) => void): void {
  for (const row of table.rows) {
    const outgoing = row.cell('direction').trim().toUpperCase() === 'OUTGOING';
    const url = row.cell(outgoing ? 'inviteeprofileurl' : 'inviterprofileurl');
    if (!slugOf(url)) skip(row.line, url.trim() ? reasons.badUrl : reasons.noUrl);
    const person = people.person(url, { name: row.cell(outgoing ? 'to' : 'from') });
    if (person && outgoing) people.invited(person, exportTime(row.cell('sent at')), row.cell('message'));
  }
}

function readMessages(
  table: NamedTable,
  people: ExportPeople,
  ownerSlug: string | null,
  skip: (line: number, reason: string) => void,
  conversations: Set<string>,
): void {
  // Older exports name no recipients: your message goes to the others who wrote in the conversation.
  const members = new Map<string, Set<ExportContact>>();
  const unsent = (row: ExportRow) =>
    row.cell('is message draft').trim().toLowerCase() === 'true'
      ? reasons.draft
      : row.cell('folder').trim().toUpperCase() === 'SPAM'
        ? reasons.spam
        : null;
  for (const row of table.rows) {
    if (unsent(row)) continue;
    const sender = slugOf(row.cell('sender profile url'));
    const person = sender && sender !== ownerSlug ? people.person(row.cell('sender profile url'), { name: row.cell('from') }) : null;
    if (!person) continue;
    const id = row.cell('conversation id');
    members.set(id, (members.get(id) ?? new Set()).add(person));
  }
  for (const row of table.rows) {
    const from = row.cell('from').trim();
    const sender = slugOf(row.cell('sender profile url'));
    const at = exportTime(row.cell('date'));
    const notSent = unsent(row);
    if (notSent) skip(row.line, notSent);
    else if (!sender)
      skip(row.line, from === 'LinkedIn Member' && !row.cell('sender profile url').trim() ? reasons.sponsored : reasons.noSender);
    else if (!ownerSlug) skip(row.line, reasons.noSide);
    else if (sender !== ownerSlug) {
      people.message(people.person(row.cell('sender profile url'))!, at, false);
      conversations.add(row.cell('conversation id'));
    } else {
      const urls = recipientUrls(row.cell('recipient profile urls'));
      const name = urls.length === 1 ? row.cell('to') : '';
      const to = urls.length ? urls.map((url) => people.person(url, { name })) : [...(members.get(row.cell('conversation id')) ?? [])];
      for (const person of to)
        if (person) {
          people.message(person, at, true);
          conversations.add(row.cell('conversation id'));
        }
    }
  }
}

/** The reading, with what the import needs beyond the printed JSON (see import-reading.ts). */
export interface ExportParts {
  reading: ExportReading;
  tables: readonly NamedTable[];
  people: ExportPeople;
  /** Conversation ids with a real person in them. */
  conversations: ReadonlySet<string>;
}

/** Works the reading out from the export's tables; throws ExportError when none is LinkedIn's. */
export function foldExport(tables: readonly NamedTable[]): ExportParts {
  if (!tables.some((table) => table.kind !== 'positions'))
    throw new ExportError(
      "This is not LinkedIn's data export: no Connections.csv, Invitations.csv, messages.csv or Profile.csv was found in it.",
    );
  const { owner, slug } = findOwner(tables);
  const people = new ExportPeople(slug);
  const skipped: ExportSkip[] = [];
  const of = (kind: ExportKind) => tables.filter((table) => table.kind === kind);
  for (const table of of('connections')) readConnections(table, people, (line, reason) => skipped.push({ file: table.name, line, reason }));
  for (const table of of('invitations')) readInvitations(table, people, (line, reason) => skipped.push({ file: table.name, line, reason }));
  const conversations = new Set<string>();
  for (const table of of('messages'))
    readMessages(table, people, slug, (line, reason) => skipped.push({ file: table.name, line, reason }), conversations);
  const read = tables.map(({ name, kind, rows }) => ({ name, kind, rows: rows.length }));
  return { reading: { owner, contacts: people.all(), skipped, files: read }, tables, people, conversations };
}
