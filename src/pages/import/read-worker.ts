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
    for (const [index, file] of files.entries()) {
      post({ kind: 'progress', label: `Opening ${file.name} (${index + 1} of ${files.length})…`, done: index, total: files.length });
      read.push(...exportFiles(file.name, new Uint8Array(await file.arrayBuffer())));
    }
    const zip = files.find((file) => /\.zip$/i.test(file.name));
    const reading = readImport(read, zip?.name, ({ name, rows, done, total }) =>
      post({
        kind: 'progress',
        label: `Read ${name.split('/').pop()}: ${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'} (${done} of ${total} CSV files)`,
        done,
        total,
      }),
    );
    post({ kind: 'done', reading });
  } catch (error) {
    if (error instanceof ExportError) return post({ kind: 'refused', message: error.message });
    console.warn('Confab: reading the export failed', error);
    post({
      kind: 'refused',
      message: 'Confab could not read these files. Choose the zip LinkedIn sent you again, or the CSV files in it.',
    });
  }
};
