/**
 * `readExport`: what an import would read from the files a person chose, in memory (the zip LinkedIn
 * sends, or CSVs from it): `npm run read-export` prints it, and the import page's worker runs the
 * same steps on the files it reads slice by slice. A zip's CSVs are read as they inflate and a CSV
 * a megabyte at a time (see export-reader.ts); the reading is then worked out (export-fold.ts).
 */
import { foldExport, type ExportParts, type ExportReading } from './export-fold.ts';
import { ExportReader, type CsvSink } from './export-reader.ts';
import { isZip, readZip, zipCsvEntries } from './export-zip.ts';
import type { OnProgress } from './read-progress.ts';

/** A chosen file in memory: a zip of the export, or one of its CSVs (given as text in tests). */
export type ExportFile = { name: string; text: string } | { name: string; bytes: Uint8Array };

/** Bytes are handed on in pieces of this size, so that no CSV is ever decoded into one string. */
const piece = 1024 * 1024;

const isCsvName = (name: string) => /\.csv$/i.test(name);
const zipOf = (file: ExportFile) => ('bytes' in file && isZip(file.name, file.bytes) ? file.bytes : null);

/** The sizes of the CSVs a chosen file holds: a zip's (as it declares them), or the file's own. */
function csvSizes(file: ExportFile): number[] {
  const zip = zipOf(file);
  if (zip) return zipCsvEntries(zip).map((entry) => entry.size);
  return isCsvName(file.name) ? ['text' in file ? file.text.length : file.bytes.length] : [];
}

function readCsv(sink: CsvSink, whole: string | Uint8Array): void {
  for (let at = 0; at < whole.length; at += piece)
    sink.push(typeof whole === 'string' ? whole.slice(at, at + piece) : whole.subarray(at, at + piece));
  sink.end();
}

/** Reads the export's CSVs (any other file is passed over); throws ExportError when none is LinkedIn's. */
export function readExport(files: readonly ExportFile[]): ExportReading {
  return readExportParts(files).reading;
}

/** `readExport` with what the import needs beyond it, telling `onProgress` how far it has got. */
export function readExportParts(files: readonly ExportFile[], onProgress?: OnProgress): ExportParts {
  const sizes = files.flatMap(csvSizes);
  const reader = new ExportReader({ files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) }, onProgress);
  for (const file of files) {
    const zip = zipOf(file);
    const whole = 'text' in file ? file.text : file.bytes;
    if (zip) readZip(zip, (name, size) => reader.csv(name, size));
    else if (isCsvName(file.name)) readCsv(reader.csv(file.name, whole.length), whole);
  }
  return foldExport(reader.finish());
}
