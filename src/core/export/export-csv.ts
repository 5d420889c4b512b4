/**
 * Contacts and conversations as CSV files a person opens in a spreadsheet: UTF-8 with a byte-order
 * mark (without it Excel reads the file as the system's legacy code page and mangles "José" and
 * emoji), CRLF line ends and quoting as RFC 4180 asks, a header row of readable column names, and
 * every text cell made inert (see export-cells.ts for that and for the date format).
 */
import Papa from 'papaparse';
import { agendaLines } from '../conversation/agenda-text.ts';
import type { Contact, Conversation } from '../contacts/contact.ts';
import type { Employer } from '../employers/employers.ts';
import { inertCell, lines, localDateTime, type Cell } from './export-cells.ts';
import { statusLabels, type Status } from '../pipeline/status.ts';
import { finishSteps, rowsPerStep, type ProgressUnit, type Steps } from '../progress/progress.ts';

export interface ExportData {
  contacts: readonly Contact[];
  /** Every conversation, held or not. */
  conversations: readonly Conversation[];
  employers: readonly Employer[];
}

type Column<T> = readonly [header: string, value: (row: T) => Cell];

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const papaOptions = { newline: '\r\n', quotes: false } as const;

/**
 * The file's text: BOM, header, one line per row, each ended by CRLF. Written a step of rows at a
 * time (Papa quotes each cell on its own, so the pieces join into the same text as one call).
 */
function* csvSteps<T>(columns: readonly Column<T>[], rows: readonly T[], unit: ProgressUnit): Steps<string> {
  const lines = [Papa.unparse([columns.map(([header]) => header)], papaOptions)];
  for (let at = 0; at < rows.length; at += rowsPerStep) {
    const data = rows.slice(at, at + rowsPerStep).map((row) => columns.map(([, value]) => inertCell(value(row))));
    lines.push(Papa.unparse(data, papaOptions));
    yield { unit, done: Math.min(at + rowsPerStep, rows.length), total: rows.length };
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Statuses after the meeting took place. */
const afterMeeting: ReadonlySet<Status> = new Set(['met', 'thanked', 'keep-in-touch']);

/**
 * The meeting a contact's status speaks of: when it was held once met (the latest held conversation,
 * else the contact's date of meeting), the planned time while scheduled, and none before or after
 * (declined, no reply), where an old planned time would read as a meeting that is not.
 */
function contactMeeting(contact: Pick<Contact, 'status' | 'scheduledFor' | 'metAt'>, heldAt: string | undefined): string | null {
  if (contact.status === 'scheduled') return contact.scheduledFor;
  if (afterMeeting.has(contact.status)) return heldAt ?? contact.metAt;
  return null;
}

/** The latest time each contact's conversations were held, by slug. */
function latestHeld(conversations: readonly Conversation[]): Map<string, string> {
  const held = new Map<string, string>();
  for (const { slug, heldAt } of conversations) {
    const before = held.get(slug);
    if (heldAt && (!before || Date.parse(heldAt) > Date.parse(before))) held.set(slug, heldAt);
  }
  return held;
}

function contactColumns(data: ExportData): Column<Contact>[] {
  const employers = new Map(data.employers.map((employer) => [employer.id, employer.name]));
  const names = new Map(data.contacts.map((contact) => [contact.slug, contact.name]));
  const held = latestHeld(data.conversations);
  return [
    ['Name', (c) => c.name],
    ['Headline', (c) => c.headline],
    ['Title', (c) => c.currentTitle],
    ['Company', (c) => c.currentCompany],
    ['Location', (c) => c.location],
    ['LinkedIn profile', (c) => c.url],
    ['Email', (c) => c.email],
    ['Status', (c) => statusLabels[c.status]],
    ['Tags', (c) => c.tags.join(', ')],
    ['Target employer', (c) => (c.employerId === null ? '' : (employers.get(c.employerId) ?? ''))],
    ['Referred by', (c) => (c.referredBy === null ? '' : (names.get(c.referredBy) ?? c.referredBy))],
    ['What you share', (c) => c.connection],
    ['Notes', (c) => c.notes],
    ['Saved', (c) => localDateTime(c.createdAt)],
    ['Updated', (c) => localDateTime(c.updatedAt)],
    ['Status changed', (c) => localDateTime(c.statusChangedAt)],
    ['Request sent', (c) => localDateTime(c.requestedAt)],
    ['Meeting', (c) => localDateTime(contactMeeting(c, held.get(c.slug)))],
    ['Meeting place', (c) => c.meetingPlace],
    ['Met', (c) => localDateTime(c.metAt)],
    ['Thanked', (c) => localDateTime(c.thankedAt)],
    ['Last keep-in-touch', (c) => localDateTime(c.lastTouchAt)],
    ['Keep in touch every (days)', (c) => c.keepInTouchDays],
  ];
}

export function contactsCsvSteps(data: ExportData): Steps<string> {
  const rows = [...data.contacts].sort((a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
  return csvSteps(contactColumns(data), rows, 'contacts');
}

export const contactsCsv = (data: ExportData): string => finishSteps(contactsCsvSteps(data));

interface ConversationRow {
  conversation: Conversation;
  contact: Contact | undefined;
}

const conversationColumns: Column<ConversationRow>[] = [
  ['Name', (r) => r.contact?.name ?? r.conversation.slug],
  ['Company', (r) => r.contact?.currentCompany ?? ''],
  ['LinkedIn profile', (r) => r.contact?.url ?? ''],
  ['Status', (r) => (r.contact ? statusLabels[r.contact.status] : '')],
  ['Meeting', (r) => localDateTime(r.conversation.scheduledFor)],
  ['Held', (r) => localDateTime(r.conversation.heldAt)],
  ['Minutes', (r) => r.conversation.agenda?.lengthMinutes ?? r.conversation.minutes],
  ['Agenda', (r) => (r.conversation.agenda ? lines(agendaLines(r.conversation.agenda)) : '')],
  ['Notes', (r) => lines([r.conversation.notes, r.conversation.meetingNotes?.notes ?? ''])],
  ['Advice', (r) => lines(r.conversation.meetingNotes?.advice.map((a) => a.text) ?? [])],
  [
    'Next steps',
    (r) =>
      lines(r.conversation.meetingNotes?.nextSteps.map((s) => (s.doneAt ? `${s.text} (done ${localDateTime(s.doneAt)})` : s.text)) ?? []),
  ],
  ['Question to clarify', (r) => r.conversation.meetingNotes?.clarifyingQuestion ?? ''],
];

/** One row per conversation, the latest meeting first; unplanned ones last, by name. */
export function conversationsCsvSteps(data: ExportData): Steps<string> {
  const contacts = new Map(data.contacts.map((contact) => [contact.slug, contact]));
  const when = (c: Conversation) => Date.parse(c.heldAt ?? c.scheduledFor ?? '') || 0;
  const rows = data.conversations
    .map((conversation) => ({ conversation, contact: contacts.get(conversation.slug) }))
    .sort((a, b) => when(b.conversation) - when(a.conversation) || byName.compare(a.contact?.name ?? '', b.contact?.name ?? ''));
  return csvSteps(conversationColumns, rows, 'conversations');
}

export const conversationsCsv = (data: ExportData): string => finishSteps(conversationsCsvSteps(data));
