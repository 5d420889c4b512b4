/**
 * The CSVs of LinkedIn's export zip, read with fflate's streaming Unzip, safely: the number of
 * entries and the bytes actually inflated are counted while inflating (a zip's declared sizes can
 * lie), and reading stops at the cap. The zip is fed in small pieces, so one piece can never inflate
 * to more than about 16 MB past the cap. Only `.csv` entries are read (subfolders allowed), each
 * handed on piece by piece as it inflates, never gathered whole.
 */
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { ExportError } from './export-error.ts';

export const zipLimits = { maxBytes: 512 * 1024 * 1024, maxEntries: 2_000 };

const piece = 16 * 1024;

const problems = {
  notZip: 'This file is neither a zip nor a CSV from LinkedIn: choose the zip LinkedIn sent you, or the CSV files in it.',
  truncated: 'This zip is cut short or damaged (perhaps the download did not finish): download it again from LinkedIn.',
  tooBig: (limit: number) =>
    `This zip unpacks to more than ${Math.round(limit / 1024 / 1024)} MB, far more than any LinkedIn export: it was not read.`,
  tooMany: (limit: number) => `This zip holds more than ${limit} files, far more than any LinkedIn export: it was not read.`,
};

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** A zip begins with a local file header (or, empty, with its end record). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);
}

/** A whole zip ends with its end-of-central-directory record (22 bytes plus a comment of up to 64 KB). */
function hasEndRecord(bytes: Uint8Array): boolean {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return true;
  return false;
}

const isCsv = (name: string) => /\.csv$/i.test(name) && !/(^|\/)__MACOSX\//.test(name);

/** Whether a chosen file is to be read as a zip: by its first bytes, or by its name. */
export function isZip(name: string, head: Uint8Array): boolean {
  return looksLikeZip(head) || /\.zip$/i.test(name);
}

/**
 * The zip's CSV entries with their sizes as its central directory declares them, read without
 * inflating anything: for the progress only (sizes can lie; the cap counts what is inflated). Empty
 * when the directory cannot be read; `readZip` then says what is wrong.
 */
export function zipCsvEntries(zip: Uint8Array): { name: string; size: number }[] {
  const entries: { name: string; size: number }[] = [];
  try {
    unzipSync(zip, {
      filter: ({ name, originalSize }) => {
        if (isCsv(name)) entries.push({ name, size: originalSize });
        return false;
      },
    });
  } catch {
    return [];
  }
  return entries;
}

/** What `readZip` hands each CSV entry's inflated bytes to. */
export interface ZipEntrySink {
  push(bytes: Uint8Array): void;
  end(): void;
}

/**
 * Inflates the CSV entries of an export zip one after another, handing each one's bytes as they come
 * to the sink `open` gives for it, with its declared size (0 when unknown); throws ExportError with a
 * sentence to show when the zip cannot be read (an entry's sink may then have had part of its bytes,
 * and no end).
 */
export function readZip(zip: Uint8Array, open: (name: string, size: number) => ZipEntrySink, limits = zipLimits): void {
  if (!looksLikeZip(zip)) throw new ExportError(problems.notZip);
  if (!hasEndRecord(zip)) throw new ExportError(problems.truncated);
  // A zip written as a stream gives no sizes before each entry's data; its central directory does.
  const declared = new Map(zipCsvEntries(zip).map(({ name, size }) => [name, size]));
  const unfinished = new Set<UnzipFile>();
  let entries = 0;
  let inflated = 0;
  let problem: string | null = null;
  // What a sink throws is a fault of the reading, not of the zip: it is thrown again as it is.
  let fault = null as { error: unknown } | null;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries) problem ??= problems.tooMany(limits.maxEntries);
    if (problem || fault || !isCsv(file.name)) return;
    const sink = open(file.name, declared.get(file.name) ?? file.originalSize ?? 0);
    unfinished.add(file);
    file.ondata = (error, chunk, final) => {
      if (error) problem ??= problems.truncated;
      inflated += chunk?.length ?? 0;
      if (inflated > limits.maxBytes) problem ??= problems.tooBig(limits.maxBytes);
      if (problem || fault) return file.terminate();
      try {
        sink.push(chunk);
        if (!final) return;
        unfinished.delete(file);
        sink.end();
      } catch (error) {
        fault = { error };
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && !problem && !fault; at += piece) unzip.push(zip.subarray(at, at + piece), at + piece >= zip.length);
  } catch {
    problem ??= problems.truncated;
  }
  if (fault) throw fault.error;
  if (!problem && unfinished.size) problem = problems.truncated;
  if (problem) throw new ExportError(problem);
}
