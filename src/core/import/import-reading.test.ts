import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReadingSchema, readImport } from './import-reading.ts';
import { readExport, type ExportFile } from './read-export.ts';
import type { ReadProgress } from './read-progress.ts';

const exports = path.resolve(import.meta.dirname, '../../../test/fixtures/exports');
const era = (name: string): ExportFile[] =>
  readdirSync(path.join(exports, name)).map((file) => ({ name: file, bytes: readFileSync(path.join(exports, name, file)) }));

describe('reading an export for the import', () => {
  const reading = readImport(era('2026'), 'Basic_LinkedInDataExport_03-01-2026.zip');

  it('is what read-export prints, plus what the import needs', () => {
    const printed = readExport(era('2026'));
    expect(reading.contacts.map(({ invitationMessage: _, ...contact }) => contact)).toEqual(printed.contacts);
    expect({ ...reading, contacts: printed.contacts }).toMatchObject(printed);
  });

  it('tells its progress by bytes, and after each CSV how many rows it held', () => {
    const told: ReadProgress[] = [];
    readImport(era('2026'), undefined, (progress) => told.push(progress));
    const total = era('2026').reduce((n, file) => n + ('bytes' in file ? file.bytes.length : 0), 0);
    expect(told.filter((progress) => progress.finished)).toEqual(
      era('2026').map(({ name }, i) => ({
        name,
        rows: reading.files.find((file) => file.name === name)?.rows,
        bytes: expect.any(Number),
        size: expect.any(Number),
        file: i + 1,
        files: 5,
        done: expect.any(Number),
        total,
        finished: true,
      })),
    );
    expect(told.map((progress) => progress.done)).toEqual(told.map((progress) => progress.done).sort((a, b) => a - b));
    expect(told.at(-1)?.done).toBe(total);
  });

  it('dates the export from the zip’s name, else from the latest date it holds', () => {
    expect(reading.exportedOn).toBe('2026-03-01');
    expect(readImport(era('2026')).exportedOn).toBe('2026-02-11');
    expect(readImport(era('2026'), 'Basic_LinkedInDataExport_13-45-2026.zip').exportedOn).toBe('2026-02-11');
  });

  it('keeps your invitation’s text as text, and counts invitations, pending ones and conversations', () => {
    expect(reading.contacts.find((c) => c.slug === 'zoë-brandt')?.invitationMessage).toBe(
      'Hi Zoë, I would love to hear how you moved into platform work.',
    );
    expect(reading.contacts.find((c) => c.slug === 'ines-hart')?.invitationMessage).toBeNull();
    expect(reading).toMatchObject({ invitationsSent: 2, invitationsPending: 1, conversations: 2 });
  });

  it('offers About you from Profile.csv and the current row of Positions.csv', () => {
    expect(reading.aboutYou).toEqual({
      name: 'Robin Achebe',
      headline: 'Product analyst, moving into UX research',
      industry: 'Software Development',
      currentTitle: 'Product Analyst',
      currentCompany: 'Tidewater Analytics',
    });
    expect(readImport(era('2018')).aboutYou).toBeNull();
  });

  it('passes its own schema, which the background parses it with again', () => {
    expect(importReadingSchema.parse(reading)).toEqual(reading);
  });

  it('refuses, by schema, more people than LinkedIn allows and a reading that is not one', () => {
    const person = reading.contacts[0]!;
    expect(importReadingSchema.safeParse({ ...reading, contacts: Array.from({ length: 40_001 }, () => person) }).success).toBe(false);
    expect(importReadingSchema.safeParse({ ...reading, contacts: [{ ...person, url: 'javascript:alert(1)' }] }).success).toBe(false);
    expect(importReadingSchema.safeParse({ ...reading, exportedOn: '2026-13-45' }).success).toBe(false);
  });
});
