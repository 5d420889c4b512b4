/**
 * Made-up LinkedIn data exports as the import page receives them: the CSVs of test/fixtures/exports
 * zipped under LinkedIn's own file name, a newer one with a changed job, and the two broken zips the
 * page must refuse (a bomb that inflates past the cap while claiming to be small, and a cut-off one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';

const exports = resolve(import.meta.dirname, '../fixtures/exports');

export interface ZipFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const zipFile = (name: string, bytes: Uint8Array): ZipFile => ({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });

function eraFiles(era: string): Record<string, Uint8Array> {
  const folder = resolve(exports, era);
  return Object.fromEntries(readdirSync(folder).map((name) => [name, new Uint8Array(readFileSync(resolve(folder, name)))]));
}

/** The 2026 export as LinkedIn names it (the export of 28 Nov 2026). */
export function export2026(): ZipFile {
  return zipFile('Basic_LinkedInDataExport_11-28-2026.zip', zipSync(eraFiles('2026')));
}

/** The same export a month later, where one connection has changed jobs. */
export function newerExport(change: { from: string; to: string }): ZipFile {
  const files = eraFiles('2026');
  const connections = new TextDecoder().decode(files['Connections.csv']);
  if (!connections.includes(change.from)) throw new Error(`The 2026 export has no "${change.from}" to change.`);
  files['Connections.csv'] = strToU8(connections.replace(change.from, change.to));
  return zipFile('Basic_LinkedInDataExport_12-28-2026.zip', zipSync(files));
}

/** A zip that inflates to `megabytes` of zeros (a few hundred kB on disk), built in pieces to spare memory. */
export function zipBomb(megabytes: number): ZipFile {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new ZipDeflate('messages.csv', { level: 9 });
  zip.add(entry);
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) entry.push(zeros, i === megabytes - 1);
  zip.end();
  return zipFile('Basic_LinkedInDataExport_11-28-2026.zip', Buffer.concat(chunks));
}

/** The export cut off halfway, as a download that did not finish. */
export function truncatedExport(): ZipFile {
  const whole = export2026();
  return { ...whole, buffer: whole.buffer.subarray(0, Math.floor(whole.buffer.length / 2)) };
}
