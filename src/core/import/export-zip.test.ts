import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExportError } from './export-error.ts';
import { isZip, readZip, zipCsvEntries, zipLimits } from './export-zip.ts';
import { readExport } from './read-export.ts';

const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/exports/2026');
const era: Zippable = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name))]));
const small = { maxBytes: 1024 * 1024, maxEntries: 10 };

/** The zip's CSVs as readZip hands them on, each gathered here, with the sizes of its pieces. */
function unzipExport(zip: Uint8Array, limits = zipLimits) {
  const files: { name: string; bytes: Uint8Array; pieces: number[] }[] = [];
  readZip(
    zip,
    (name) => {
      const pieces: Uint8Array[] = [];
      return {
        push: (piece) => pieces.push(piece),
        end: () => {
          const bytes = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
          pieces.reduce((at, piece) => (bytes.set(piece, at), at + piece.length), 0);
          files.push({ name, bytes, pieces: pieces.map((piece) => piece.length) });
        },
      };
    },
    limits,
  );
  return files;
}

/** Sets every declared uncompressed size (local headers and central directory) to a small lie. */
function lieAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, 10, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, 10, true);
  }
  return out;
}

describe('the export zip', () => {
  it('reads the CSVs at the root and in subfolders, and passes over other files', () => {
    const zip = zipSync({
      ...era,
      'Jobs/Job Applications.csv': strToU8('Application Date,Company Name\n'),
      'media/photo.jpg': new Uint8Array(10),
    });
    const files = unzipExport(zip);
    expect(files.map((file) => file.name).sort()).toEqual([
      'Connections.csv',
      'Invitations.csv',
      'Jobs/Job Applications.csv',
      'Positions.csv',
      'Profile.csv',
      'messages.csv',
    ]);
    expect(readExport(files).contacts.map((c) => c.slug)).toContain('zoë-brandt');
  });

  it('hands each CSV on in pieces as it inflates, never gathered whole', () => {
    const big = new Uint8Array(2 * 1024 * 1024);
    for (let i = 0, seed = 7; i < big.length; i += 1) big[i] = 97 + ((seed = (seed * 48271) % 2147483647) % 26);
    const [file] = unzipExport(zipSync({ 'Profile.csv': big }));
    expect(Buffer.compare(file!.bytes, big)).toBe(0);
    expect(file?.pieces.length).toBeGreaterThan(10);
    expect(Math.max(...file!.pieces)).toBeLessThan(1024 * 1024);
  });

  it('lists the CSV entries with their declared sizes without inflating them, and nothing for a damaged zip', () => {
    const zip = zipSync({ ...era, 'media/photo.jpg': new Uint8Array(10), '__MACOSX/._Profile.csv': new Uint8Array(4) });
    expect(zipCsvEntries(zip)).toEqual(Object.entries(era).map(([name, bytes]) => ({ name, size: (bytes as Uint8Array).length })));
    expect(zipCsvEntries(zip.subarray(0, zip.length - 10))).toEqual([]);
  });

  it('gives each entry its size from the central directory, also in a zip written as a stream', () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, part) => parts.push(part));
    const entry = new ZipDeflate('messages.csv');
    zip.add(entry);
    entry.push(strToU8('CONVERSATION ID,FROM,DATE,CONTENT\n'), true);
    zip.end();
    const sizes: number[] = [];
    readZip(Buffer.concat(parts), (_, size) => (sizes.push(size), { push: () => {}, end: () => {} }));
    expect(sizes).toEqual([34]);
  });

  it('reads stored (uncompressed) entries too', () => {
    expect(unzipExport(zipSync(era, { level: 0 }))).toHaveLength(5);
  });

  it('caps an export at 512 MB and 2,000 files', () => {
    expect(zipLimits).toEqual({ maxBytes: 512 * 1024 * 1024, maxEntries: 2_000 });
  });

  it('refuses a zip bomb while inflating it, having handed on no more than the cap', () => {
    const bomb = zipSync({ 'Connections.csv': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(small.maxBytes);
    expect(() => unzipExport(bomb, small)).toThrow(/unpacks to more than 1 MB/);
    let handed = 0;
    const sink = { push: (piece: Uint8Array) => (handed += piece.length), end: () => {} };
    expect(() => readZip(bomb, () => sink, small)).toThrow(/unpacks to more than 1 MB/);
    expect(handed).toBeLessThanOrEqual(small.maxBytes);
  });

  it('refuses a bomb whose declared sizes lie, by counting what it inflates', () => {
    const bomb = lieAboutSizes(zipSync({ 'messages.csv': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
    expect(() => unzipExport(bomb, small)).toThrow(/unpacks to more than 1 MB/);
  });

  it('refuses a zip of too many files', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, strToU8('x')])));
    expect(() => unzipExport(many, small)).toThrow(/more than 10 files/);
  });

  it('refuses a truncated zip with one plain sentence', () => {
    const zip = zipSync(era);
    for (const cut of [zip.length - 10, Math.floor(zip.length / 2), 40]) {
      expect(() => unzipExport(zip.subarray(0, cut))).toThrow(ExportError);
      expect(() => unzipExport(zip.subarray(0, cut))).toThrow(/cut short or damaged/);
    }
  });

  it('refuses a zip whose data is damaged though its end is whole', () => {
    const zip = zipSync({ 'Profile.csv': strToU8('First Name,Last Name,Headline\n' + 'x,y,z\n'.repeat(2000)) });
    const damaged = zip.slice();
    damaged.fill(0xff, 60, 120);
    expect(() => unzipExport(damaged)).toThrow(/cut short or damaged/);
  });

  it('says what a sink throws as it is, not as a damaged zip', () => {
    const fault = new Error('a fault of the reading');
    const sink = { push: () => {}, end: () => {} };
    expect(() =>
      readZip(zipSync(era), () => ({
        ...sink,
        push: () => {
          throw fault;
        },
      })),
    ).toThrow(fault);
  });

  it('takes a chosen file as a zip by its content or name, else as one CSV', () => {
    expect(isZip('Basic_LinkedInDataExport_11-28-2026.bin', zipSync(era))).toBe(true);
    expect(readExport([{ name: 'Basic_LinkedInDataExport_11-28-2026.bin', bytes: zipSync(era) }]).files).toHaveLength(5);
    expect(isZip('Profile.csv', strToU8('First Name,Last Name,Headline\n'))).toBe(false);
    expect(isZip('export.zip', strToU8('<html>'))).toBe(true);
    expect(() => readExport([{ name: 'export.zip', bytes: strToU8('<html>') }])).toThrow(/neither a zip nor a CSV/);
  });

  it('refuses a file that is no zip, and a zip that is not an export', () => {
    expect(() => unzipExport(strToU8('hello'))).toThrow(/neither a zip nor a CSV/);
    const other = zipSync({ 'notes.txt': strToU8('hi'), 'list.csv': strToU8('a,b\n') });
    expect(() => readExport([{ name: 'export.zip', bytes: other }])).toThrow(/not LinkedIn's data export/);
  });
});
