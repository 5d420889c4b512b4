/**
 * `npm run read-export -- <zip | folder | csv…>`: prints, as JSON, what an import would read from
 * LinkedIn's data export, with the same code the import page runs. A folder is read with its
 * subfolders (its CSVs only). Input that is not a LinkedIn export exits with status 1 and one line
 * saying why; a missing argument or an unreadable path with status 2.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExportError } from '../src/core/import/export-error.ts';
import { readExport, type ExportFile } from '../src/core/import/read-export.ts';

const usage = 'usage: npm run read-export -- <export.zip | export-folder | file.csv…>';

function fail(message: string, status: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

function folderFiles(folder: string): ExportFile[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.csv$/i.test(name) && statSync(path.join(folder, name)).isFile())
    .sort()
    .map((name) => ({ name: name.split(path.sep).join('/'), bytes: readFileSync(path.join(folder, name)) }));
}

function filesOf(arg: string): ExportFile[] {
  try {
    if (statSync(arg).isDirectory()) return folderFiles(arg);
    return [{ name: path.basename(arg), bytes: readFileSync(arg) }];
  } catch (error) {
    return fail(`cannot read ${arg}: ${(error as Error).message}\n${usage}`, 2);
  }
}

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (!args.length) fail(`give the path of LinkedIn's export zip, its folder or its CSV files\n${usage}`, 2);
try {
  const reading = readExport(args.flatMap(filesOf));
  process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  fail(error.message, 1);
}
