/**
 * The CSVs of LinkedIn's export zip, read with fflate's streaming Unzip, safely: the number of
 * entries and the bytes actually inflated are counted while inflating (a zip's declared sizes can
 * lie), and reading stops at the cap. The zip is fed in small pieces, so one piece can never inflate
 * to more than about 16 MB past the cap. Only `.csv` entries are kept (subfolders allowed).
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ExportError } from './export-error.ts';
import type { ExportFile } from './read-export.ts';

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

const concat = (chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
};

/** The CSV files of an export zip; throws ExportError with a sentence to show when it cannot be read. */
export function unzipExport(zip: Uint8Array, limits = zipLimits): ExportFile[] {
  if (!looksLikeZip(zip)) throw new ExportError(problems.notZip);
  if (!hasEndRecord(zip)) throw new ExportError(problems.truncated);
  const files: ExportFile[] = [];
  const unfinished = new Set<UnzipFile>();
  let entries = 0;
  let inflated = 0;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries) problem ??= problems.tooMany(limits.maxEntries);
    if (problem || !/\.csv$/i.test(file.name) || /(^|\/)__MACOSX\//.test(file.name)) return;
    const chunks: Uint8Array[] = [];
    unfinished.add(file);
    file.ondata = (error, chunk, final) => {
      if (error) problem ??= problems.truncated;
      inflated += chunk?.length ?? 0;
      if (inflated > limits.maxBytes) problem ??= problems.tooBig(limits.maxBytes);
      if (problem) return file.terminate();
      chunks.push(chunk);
      if (!final) return;
      unfinished.delete(file);
      files.push({ name: file.name, bytes: concat(chunks) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && !problem; at += piece) unzip.push(zip.subarray(at, at + piece), at + piece >= zip.length);
  } catch {
    problem ??= problems.truncated;
  }
  if (!problem && unfinished.size) problem = problems.truncated;
  if (problem) throw new ExportError(problem);
  return files;
}

/** What a person chose, as the export's files: a zip's CSVs, or the one CSV itself. */
export function exportFiles(name: string, bytes: Uint8Array, limits = zipLimits): ExportFile[] {
  return looksLikeZip(bytes) || /\.zip$/i.test(name) ? unzipExport(bytes, limits) : [{ name, bytes }];
}
