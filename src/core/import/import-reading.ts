/**
 * What the import reads from LinkedIn's data export: the same reading `npm run read-export` prints
 * (same code), plus what the import needs beyond it: the export's day, your invitations' texts, the
 * counts the preview shows, and "About you" from Profile.csv and Positions.csv. Pure; the import
 * page's worker runs it, and the background parses its result again with `importReadingSchema`.
 */
import { companyNameOrNull } from '../contacts/company-name.ts';
import { z } from '../z.ts';
import type { ExportParts } from './export-fold.ts';
import { readExportParts, type ExportFile } from './read-export.ts';
import type { OnProgress } from './read-progress.ts';

const text = (max: number) => z.string().check(z.maxLength(max));
const isoDate = z.iso.datetime({ offset: true });
const slug = z.string().check(z.minLength(1), z.maxLength(200));

/** LinkedIn's maximum is 30,000 connections; invitations and messages add people beyond them. */
export const maxImportContacts = 40_000;

const importContactSchema = z.object({
  slug,
  url: z.url({ protocol: /^https$/, hostname: /^www\.linkedin\.com$/ }).check(z.maxLength(400)),
  name: z.nullable(text(500)),
  company: z.nullable(text(500)),
  position: z.nullable(text(500)),
  email: z.nullable(text(500)),
  connectedOn: z.nullable(z.iso.date()),
  invitedAt: z.nullable(isoDate),
  lastMessageAt: z.nullable(isoDate),
  repliedAt: z.nullable(isoDate),
  /** Your outgoing invitation's text, kept as text. */
  invitationMessage: z.nullable(text(2_000)),
});

const aboutYouSchema = z.object({
  name: text(500),
  headline: z.nullable(text(2_000)),
  industry: z.nullable(text(500)),
  currentTitle: z.nullable(text(500)),
  currentCompany: z.nullable(text(500)),
});

const count = z.int().check(z.gte(0), z.lte(10_000_000));

export const importReadingSchema = z.object({
  owner: z.nullable(z.object({ name: text(500), headline: z.nullable(text(2_000)) })),
  contacts: z.array(importContactSchema).check(z.maxLength(maxImportContacts)),
  skipped: z.array(z.object({ file: text(500), line: count, reason: text(500) })).check(z.maxLength(200_000)),
  files: z
    .array(z.object({ name: text(500), kind: z.enum(['connections', 'invitations', 'messages', 'profile', 'positions']), rows: count }))
    .check(z.maxLength(2_000)),
  /** `YYYY-MM-DD`: from the zip's name, else the latest date the export holds. */
  exportedOn: z.nullable(z.iso.date()),
  invitationsSent: count,
  /** Your outgoing invitations to people not among the connections. */
  invitationsPending: count,
  /** Conversations with a real person. */
  conversations: count,
  aboutYou: z.nullable(aboutYouSchema),
});

export type ImportReading = z.output<typeof importReadingSchema>;
export type ImportContact = ImportReading['contacts'][number];
type AboutYou = z.output<typeof aboutYouSchema>;

const zipDay = /(?:Basic|Complete)_LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})/i;

/** The export's day: LinkedIn names the zip after it; else the latest date of the export. */
function exportedOnOf(zipName: string | undefined, contacts: readonly ImportContact[]): string | null {
  const match = zipName ? zipDay.exec(zipName) : null;
  if (match) {
    const day = `${match[3]}-${match[1]}-${match[2]}`;
    if (z.iso.date().safeParse(day).success) return day;
  }
  let latest = '';
  for (const contact of contacts)
    for (const date of [contact.connectedOn, contact.invitedAt, contact.lastMessageAt]) if (date && date > latest) latest = date;
  return latest ? latest.slice(0, 10) : null;
}

function aboutYouOf(parts: ExportParts): AboutYou | null {
  const profile = parts.tables.find((table) => table.kind === 'profile')?.rows[0];
  const positions = parts.tables.filter((table) => table.kind === 'positions').flatMap((table) => table.rows);
  const current = positions.find((row) => row.cell('company name').trim() && !row.cell('finished on').trim());
  const owner = parts.reading.owner;
  if (!owner && !current) return null;
  const or = (value: string | undefined) => value?.trim() || null;
  return {
    name: owner?.name ?? '',
    headline: owner?.headline ?? null,
    industry: or(profile?.cell('industry')),
    currentTitle: or(current?.cell('title')),
    currentCompany: companyNameOrNull(or(current?.cell('company name'))),
  };
}

function invitationCounts(parts: ExportParts): { invitationsSent: number; invitationsPending: number } {
  const connected = new Set(parts.reading.contacts.filter((contact) => contact.connectedOn).map((contact) => contact.slug));
  let invitationsSent = 0;
  let invitationsPending = 0;
  for (const contact of parts.reading.contacts)
    if (contact.invitedAt) {
      invitationsSent += 1;
      if (!connected.has(contact.slug)) invitationsPending += 1;
    }
  return { invitationsSent, invitationsPending };
}

/** Reads the export's files for an import; throws ExportError (a sentence to show) when it is not LinkedIn's. */
export function readImport(files: readonly ExportFile[], zipName?: string, onProgress?: OnProgress): ImportReading {
  return importReadingOf(readExportParts(files, onProgress), zipName);
}

/** The import's reading of an export already read (the import page's worker reads its files itself). */
export function importReadingOf(parts: ExportParts, zipName?: string): ImportReading {
  // A move's note holds 2,000 characters; LinkedIn's invitation notes hold 300 at most.
  const contacts = parts.reading.contacts.map((contact) => ({
    ...contact,
    invitationMessage: parts.people.invitationMessage(contact.slug)?.slice(0, 2_000) ?? null,
  }));
  return {
    ...parts.reading,
    contacts,
    exportedOn: exportedOnOf(zipName, contacts),
    ...invitationCounts(parts),
    conversations: parts.conversations.size,
    aboutYou: aboutYouOf(parts),
  };
}
