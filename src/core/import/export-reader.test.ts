import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldExport } from './export-fold.ts';
import { ExportReader } from './export-reader.ts';
import { readExport } from './read-export.ts';
import type { ReadProgress } from './read-progress.ts';

const exports = path.resolve(import.meta.dirname, '../../../test/fixtures/exports');
const era = (name: string) =>
  readdirSync(path.join(exports, name)).map((file) => ({
    name: file,
    bytes: new Uint8Array(readFileSync(path.join(exports, name, file))),
  }));

/** Reads files handing their bytes on in pieces of `size` bytes. */
function readInPieces(files: { name: string; bytes: Uint8Array }[], size: number, onProgress?: (progress: ReadProgress) => void) {
  const reader = new ExportReader({ files: files.length, bytes: files.reduce((n, file) => n + file.bytes.length, 0) }, onProgress);
  for (const { name, bytes } of files) {
    const sink = reader.csv(name, bytes.length);
    for (let at = 0; at < bytes.length; at += size) sink.push(bytes.subarray(at, at + size));
    sink.end();
  }
  return foldExport(reader.finish()).reading;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('an export read as its bytes arrive', () => {
  it.each(['2026', '2024', '2018', 'resave'])(
    'reads the %s export the same, its bytes handed on one, two or three at a time (every split: preamble, BOM, CRLF, quoted lines, letters of several bytes)',
    (name) => {
      const whole = readExport(era(name));
      for (const size of [1, 2, 3]) expect(readInPieces(era(name), size)).toEqual(whole);
    },
  );

  it('joins a letter whose bytes come in two pieces', () => {
    const bytes = utf8(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZoë,日本,https://www.linkedin.com/in/zoë-brandt,,Café 😀,P,08 Feb 2026',
    );
    const cut = bytes.indexOf(0xf0) + 2; // inside the emoji's four bytes
    const reader = new ExportReader({ files: 1, bytes: bytes.length });
    const sink = reader.csv('Connections.csv', bytes.length);
    sink.push(bytes.subarray(0, cut));
    sink.push(bytes.subarray(cut));
    sink.end();
    expect(foldExport(reader.finish()).reading.contacts[0]).toMatchObject({ name: 'Zoë 日本', company: 'Café 😀' });
  });

  it('refuses a file in another encoding, or cut inside a letter, when the reading ends', () => {
    for (const bytes of [
      Uint8Array.from([...utf8('First Name,Last Name,Headline\nZo'), 0xeb, 0x0a]),
      utf8('First Name,Last Name,Headline\nZoë').subarray(0, -1),
    ]) {
      const reader = new ExportReader({ files: 1, bytes: bytes.length });
      const sink = reader.csv('Profile.csv', bytes.length);
      sink.push(bytes);
      sink.end();
      expect(() => reader.finish()).toThrow(/Profile.csv is not in UTF-8/);
    }
  });

  it('passes over a file with no header in its first megabyte, however long its one line (a zip bomb of zeros)', () => {
    const reader = new ExportReader({ files: 1, bytes: 0 });
    const sink = reader.csv('messages.csv', 0);
    const zeros = new Uint8Array(1024 * 1024);
    for (let i = 0; i < 40; i += 1) sink.push(zeros);
    sink.end();
    expect(reader.finish()).toEqual([]);
    const late = `${'x'.repeat(3 * 1024 * 1024)}\nFirst Name,Last Name,Headline\nA,B,C`;
    expect(() => readExport([{ name: 'Profile.csv', text: late }])).toThrow(/not LinkedIn's data export/);
  });

  it('refuses a file with a row of more than 16 MB', () => {
    const reader = new ExportReader({ files: 1, bytes: 0 });
    const sink = reader.csv('messages.csv', 0);
    sink.push(utf8('CONVERSATION ID,FROM,DATE,CONTENT\n1,A,d,"'));
    const words = utf8('endless '.repeat(128 * 1024));
    for (let i = 0; i < 40; i += 1) sink.push(words);
    sink.end();
    expect(() => reader.finish()).toThrow(
      /^messages.csv holds a row of more than 16 MB, far more than any LinkedIn export: it was not read.$/,
    );
  });

  it('tells its progress every megabyte or 5,000 rows, not every row, and at each file’s start and end', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `Member,${i},https://www.linkedin.com/in/m-${i},,Company,Role,08 Feb 2026`);
    const bytes = utf8(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}`);
    const told: ReadProgress[] = [];
    readInPieces([{ name: 'Connections.csv', bytes }], 64 * 1024, (progress) => told.push(progress));
    expect(told.length).toBeGreaterThan(3);
    expect(told.length).toBeLessThan(20);
    expect(told[0]).toMatchObject({ rows: 0, bytes: 0, finished: false });
    expect(told.at(-1)).toMatchObject({ rows: 40_000, bytes: bytes.length, done: bytes.length, total: bytes.length, finished: true });
    for (const [i, progress] of told.slice(1, -1).entries())
      expect(progress.bytes - told[i]!.bytes >= 1024 * 1024 || progress.rows - told[i]!.rows >= 5_000).toBe(true);
  });
});
