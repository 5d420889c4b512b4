/**
 * Reads the chosen export files off the page's thread, so the page keeps answering while a 50 MB
 * messages.csv is parsed: unzips (with the zip reader's limits), reads the CSVs with the same code as
 * `npm run read-export`, and posts its progress, then the reading or the one sentence saying why not.
 */
import { ExportError } from '../../core/import/export-error.ts';
import { exportFiles } from '../../core/import/export-zip.ts';
import { readImport } from '../../core/import/import-reading.ts';
import type { ExportFile } from '../../core/import/read-export.ts';
import type { WorkerAnswer } from './read-files.ts';

const post = (answer: WorkerAnswer) => self.postMessage(answer);

self.onmessage = async (event: MessageEvent<{ files: File[] }>) => {
  const { files } = event.data;
  try {
    const read: ExportFile[] = [];
    // One step per chosen file (unzipped with its limits), and a last one for reading the CSVs.
    const steps = files.length + 1;
    for (const [index, file] of files.entries()) {
      post({ kind: 'progress', label: `Opening ${file.name}`, done: index, total: steps });
      read.push(...exportFiles(file.name, new Uint8Array(await file.arrayBuffer())));
    }
    const csvs = read.filter((file) => /\.csv$/i.test(file.name)).length;
    post({ kind: 'progress', label: `Reading ${csvs} CSV ${csvs === 1 ? 'file' : 'files'}`, done: files.length, total: steps });
    const zip = files.find((file) => /\.zip$/i.test(file.name));
    post({ kind: 'done', reading: readImport(read, zip?.name) });
  } catch (error) {
    if (error instanceof ExportError) return post({ kind: 'refused', message: error.message });
    console.warn('Confab: reading the export failed', error);
    post({
      kind: 'refused',
      message: 'Confab could not read these files. Choose the zip LinkedIn sent you again, or the CSV files in it.',
    });
  }
};
