/**
 * How far the reading of an export has got, and the sentence that says it, with its counts:
 * "Reading messages.csv: 12,000 rows, 18 of 50 MB (3 of 5 files)".
 */
export interface ReadProgress {
  /** The CSV being read (its path in a zip), its rows so far, and its bytes so far and in all. */
  name: string;
  rows: number;
  bytes: number;
  size: number;
  /** Which CSV it is (from 1), of how many. */
  file: number;
  files: number;
  /** The bytes read of all the CSVs, and their size in all: the whole reading's progress by size. */
  done: number;
  total: number;
  /** This CSV is read to its end. */
  finished: boolean;
}

export type OnProgress = (progress: ReadProgress) => void;

const counted = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "18 of 50 MB", or in KB for a file under a megabyte; never more read than there is. */
function amount(bytes: number, size: number): string {
  const [unit, name] = size >= 1024 * 1024 ? [1024 * 1024, 'MB'] : [1024, 'KB'];
  const whole = Math.max(1, Math.round(size / unit));
  return `${Math.min(Math.floor(bytes / unit), whole).toLocaleString('en')} of ${whole.toLocaleString('en')} ${name}`;
}

export function progressSentence({ name, rows, bytes, size, file, files, finished }: ReadProgress): string {
  const base = name.split('/').pop();
  const which = `(${file} of ${counted(files, 'file', 'files')})`;
  return finished
    ? `Read ${base}: ${counted(rows, 'row', 'rows')} ${which}`
    : `Reading ${base}: ${counted(rows, 'row', 'rows')}, ${amount(bytes, size)} ${which}`;
}
