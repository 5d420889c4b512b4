/** A made-up person as an import reads them from an export, and a reading of such people. */
import type { ImportContact, ImportReading } from '../../src/core/import/import-reading.ts';

export const importPerson = (slug: string, extra: Partial<ImportContact> = {}): ImportContact => ({
  slug,
  url: `https://www.linkedin.com/in/${slug}/`,
  name: `Person ${slug}`,
  company: 'Northwind Labs',
  position: 'Engineer',
  email: null,
  connectedOn: '2026-02-08',
  invitedAt: null,
  lastMessageAt: null,
  repliedAt: null,
  invitationMessage: null,
  ...extra,
});

export const importReadingOf = (contacts: ImportContact[], extra: Partial<ImportReading> = {}): ImportReading => ({
  owner: null,
  contacts,
  skipped: [],
  files: [],
  exportedOn: '2026-11-28',
  invitationsSent: 0,
  invitationsPending: 0,
  conversations: 0,
  aboutYou: null,
  ...extra,
});
