/**
 * Reads the chosen export files off the page's thread, so the page keeps answering while a 50 MB
 * messages.csv is parsed. The same steps as `npm run read-export` (core's readExportParts), on files
 * read here: a zip is read whole (it is compressed) and its CSVs parsed as they inflate, within the
 * zip reader's limits; a loose CSV is read a megabyte at a time. Posts its progress (by bytes, with
 * the rows so far) at least every megabyte or 5,000 rows, then the reading or the one sentence
 * saying why not. The page ends the worker to cancel, at any moment: nothing is written here.
 */
import { ExportError } from '../../core/import/export-error.ts';
import { foldExport } from '../../core/import/export-fold.ts';
import { ExportReader } from '../../core/import/export-reader.ts';
import { isZip, readZip, zipCsvEntries } from '../../core/import/export-zip.ts';
import { importReadingOf } from '../../core/import/import-reading.ts';
import { progressSentence } from '../../core/import/read-progress.ts';
import type { WorkerAnswer } from './read-files.ts';

const post = (answer: WorkerAnswer) => self.postMessage(answer);

const slice = 1024 * 1024;

/** A chosen file, opened: a zip's bytes and CSV entries, or a loose CSV to read slice by slice. */
type Opened = { zip: Uint8Array; sizes: number[] } | { csv: File; sizes: number[] };

async function open(file: File): Promise<Opened | null> {
  if (isZip(file.name, new Uint8Array(await file.slice(0, 4).arrayBuffer()))) {
    const zip = new Uint8Array(await file.arrayBuffer());
    return { zip, sizes: zipCsvEntries(zip).map((entry) => entry.size) };
  }
  return /\.csv$/i.test(file.name) ? { csv: file, sizes: [file.size] } : null;
}

self.onmessage = async (event: MessageEvent<{ files: File[] }>) => {
  const { files } = event.data;
  try {
    const opened: Opened[] = [];
    for (const [index, file] of files.entries()) {
      post({ kind: 'progress', label: `Opening ${file.name} (${index + 1} of ${files.length})…`, done: 0, total: 1 });
      const read = await open(file);
      if (read) opened.push(read);
    }
    const sizes = opened.flatMap((file) => file.sizes);
    const reader = new ExportReader({ files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) }, (progress) =>
      post({ kind: 'progress', label: progressSentence(progress), done: progress.done, total: progress.total }),
    );
    for (const file of opened)
      if ('zip' in file) readZip(file.zip, (name, size) => reader.csv(name, size));
      else {
        const sink = reader.csv(file.csv.name, file.csv.size);
        for (let at = 0; at < file.csv.size; at += slice) sink.push(new Uint8Array(await file.csv.slice(at, at + slice).arrayBuffer()));
        sink.end();
      }
    const zip = files.find((file) => /\.zip$/i.test(file.name));
    post({ kind: 'done', reading: importReadingOf(foldExport(reader.finish()), zip?.name) });
  } catch (error) {
    if (error instanceof ExportError) return post({ kind: 'refused', message: error.message });
    console.warn('Confab: reading the export failed', error);
    post({
      kind: 'refused',
      message: 'Confab could not read these files. Choose the zip LinkedIn sent you again, or the CSV files in it.',
    });
  }
};
