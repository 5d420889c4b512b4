import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportError } from './export-error.ts';
import { readExport, type ExportFile } from './read-export.ts';

const exports = path.resolve(import.meta.dirname, '../../../test/fixtures/exports');

function era(name: string): ExportFile[] {
  const dir = path.join(exports, name);
  return readdirSync(dir).map((file) => ({ name: file, bytes: readFileSync(path.join(dir, file)) }));
}

describe('reading the export of 2026', () => {
  const reading = readExport(era('2026'));
  const contact = (slug: string) => reading.contacts.find((c) => c.slug === slug);

  it('takes the owner from Profile.csv and never makes them a contact', () => {
    expect(reading.owner).toEqual({ name: 'Robin Achebe', headline: 'Product analyst, moving into UX research' });
    expect(contact('robin-achebe')).toBeUndefined();
  });

  it('gives a percent-encoded and a raw UTF-8 slug one key, with the whole story of that person', () => {
    expect(reading.contacts.filter((c) => c.name === 'Zoë Brandt')).toHaveLength(1);
    expect(contact('zoë-brandt')).toEqual({
      slug: 'zoë-brandt',
      url: 'https://www.linkedin.com/in/zo%C3%AB-brandt/',
      name: 'Zoë Brandt',
      company: 'Northwind Labs',
      position: 'Staff Engineer',
      email: null,
      connectedOn: '2026-02-08',
      invitedAt: '2026-01-29T14:37:00.000Z',
      lastMessageAt: '2026-02-11T09:00:00.000Z',
      repliedAt: '2026-02-10T08:30:00.000Z',
    });
  });

  it('merges duplicate rows, keeping what the first one said', () => {
    expect(reading.contacts.filter((c) => c.slug === 'marco-ellery')).toHaveLength(1);
    expect(contact('marco-ellery')).toMatchObject({ company: 'Bramble & Co, Ltd', email: 'marco.ellery@example.com' });
  });

  it('counts no reply from someone who wrote before any outreach', () => {
    expect(contact('marco-ellery')).toMatchObject({ lastMessageAt: '2026-01-20T16:00:00.000Z', repliedAt: null, invitedAt: null });
  });

  it('keeps a formula-like cell as text', () => {
    expect(contact('priya-okafor-12ab')?.company).toBe('=HYPERLINK("https://example.com","click")');
  });

  it('keeps pending and incoming invitations as people, only yours as invitedAt', () => {
    expect(contact('ines-hart')).toMatchObject({ name: 'Ines Hart', invitedAt: '2026-02-10T09:05:00.000Z', connectedOn: null });
    expect(contact('dev-castell')).toMatchObject({ name: 'Dev Castell', invitedAt: null });
  });

  it('skips the hidden member and the sponsored message, saying where and why', () => {
    expect(reading.skipped).toEqual([
      { file: 'Connections.csv', line: 7, reason: expect.stringMatching(/hides their profile/) },
      { file: 'messages.csv', line: 6, reason: expect.stringMatching(/sponsored message/i) },
    ]);
  });

  it('lists the files it recognised by their header', () => {
    expect(reading.files).toEqual([
      { name: 'Connections.csv', kind: 'connections', rows: 5 },
      { name: 'Invitations.csv', kind: 'invitations', rows: 3 },
      { name: 'Positions.csv', kind: 'positions', rows: 1 },
      { name: 'Profile.csv', kind: 'profile', rows: 1 },
      { name: 'messages.csv', kind: 'messages', rows: 5 },
    ]);
  });
});

describe('older and re-saved exports', () => {
  it('reads 2024 messages without recipient addresses: your message goes to the others in the conversation', () => {
    const reading = readExport(era('2024'));
    expect(reading.contacts).toEqual([
      expect.objectContaining({ slug: 'lena-moreau', lastMessageAt: '2024-03-06T17:45:10.000Z', repliedAt: '2024-03-06T17:45:10.000Z' }),
    ]);
    expect(reading.skipped).toEqual([
      { file: 'Invitations.csv', line: 2, reason: expect.stringMatching(/No profile address/) },
      { file: 'messages.csv', line: 5, reason: 'A draft you never sent.' },
      { file: 'messages.csv', line: 6, reason: 'A message in your spam folder.' },
      { file: 'messages.csv', line: 7, reason: expect.stringMatching(/No profile address for the sender/) },
    ]);
  });

  it('skips 2018 connections, which have no profile address, and reads their date', () => {
    const reading = readExport(era('2018'));
    expect(reading.contacts).toEqual([]);
    expect(reading.skipped).toEqual([{ file: 'Connections.csv', line: 5, reason: expect.stringMatching(/No profile address/) }]);
  });

  it('reads a spreadsheet re-save (BOM, CRLF, no preamble, 9-Jan-26) by its header, whatever its name', () => {
    const [file] = era('resave');
    const reading = readExport([{ ...file!, name: 'my network (1).csv' }]);
    expect(reading.files).toEqual([{ name: 'my network (1).csv', kind: 'connections', rows: 2 }]);
    expect(reading.contacts).toEqual([
      expect.objectContaining({ slug: 'zoë-brandt', connectedOn: '2026-01-09', company: 'Northwind Labs' }),
    ]);
    expect(reading.skipped).toEqual([{ file: 'my network (1).csv', line: 3, reason: expect.stringMatching(/hides their profile/) }]);
  });

  it('skips a connection whose address is not a LinkedIn profile', () => {
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,https://example.com/in/a-b,,C,P,08 Feb 2026';
    expect(readExport([{ name: 'Connections.csv', text }]).skipped).toEqual([
      { file: 'Connections.csv', line: 2, reason: expect.stringMatching(/Not a LinkedIn profile address/) },
    ]);
  });

  it('refuses files that are not the export, and text in another encoding', () => {
    expect(() => readExport([{ name: 'notes.csv', text: 'a,b\n1,2' }])).toThrow(ExportError);
    expect(() => readExport([{ name: 'notes.csv', text: 'a,b\n1,2' }])).toThrow(/not LinkedIn's data export/);
    const latin1 = Uint8Array.from([...'First Name,Last Name,Headline\nZo'].map((c) => c.charCodeAt(0)).concat([0xeb, 0x0a]));
    expect(() => readExport([{ name: 'Profile.csv', bytes: latin1 }])).toThrow(/Profile.csv is not in UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'First Name,Last Name,Headline\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(() => readExport([{ name: 'Profile.csv', bytes: utf16 }])).toThrow(/Profile.csv is not in UTF-8/);
  });
});
