/**
 * Reads an export's CSVs as their bytes arrive (a zip entry as it inflates, a chosen file slice by
 * slice), one file after another: the bytes are decoded by a streaming UTF-8 decoder (a letter whose
 * bytes come in two pieces is joined), parsed by papaparse as they come, and each row is kept by the
 * table of its kind as soon as it is parsed. So a 50 MB messages.csv is never one string, nor an
 * array of its rows with their texts. It tells how far it got at least every megabyte or 5,000
 * rows. A file in another encoding, or with a row longer than any LinkedIn writes, stops being read at
 * once and is refused when the reading ends, so a damaged zip still says it is damaged first.
 */
import { csvRecords, type CsvRecords } from './csv-records.ts';
import { ExportError } from './export-error.ts';
import { ExportTableReader, headerSearch, type ExportTable } from './export-table.ts';
import type { OnProgress } from './read-progress.ts';

export type NamedTable = ExportTable & { name: string };

/** A CSV's bytes (or, in tests, text) in pieces, then its end. */
export interface CsvSink {
  push(piece: Uint8Array | string): void;
  end(): void;
}

const tellEvery = { bytes: 1024 * 1024, rows: 5_000 };

/** No row of LinkedIn's export comes near this (a message holds 8,000 characters at most). */
const maxRowChars = 16 * 1024 * 1024;

export class ExportReader {
  private readonly tables: NamedTable[] = [];
  private problem: string | null = null;
  private files = 0;
  private done = 0;

  /** `expected`: how many CSVs are to come and their size in all, for the progress (0 when unknown). */
  constructor(
    private readonly expected: { files: number; bytes: number },
    private readonly onProgress: OnProgress = () => {},
  ) {}

  /** Starts reading the next CSV; `size` is its size in bytes as far as it is known (0 when not). */
  csv(name: string, size: number): CsvSink {
    this.files += 1;
    const file = this.files;
    const table = new ExportTableReader();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // After a refusal the reading is refused whatever follows: the bytes are only counted.
    let records: CsvRecords | null = this.problem ? null : csvRecords((cells, line) => table.record(cells, line) || records?.stop());
    let bytes = 0;
    let told = { bytes: 0, rows: 0 };
    const tell = (finished: boolean) => {
      told = { bytes, rows: table.rows };
      const total = Math.max(this.expected.bytes, this.done);
      this.onProgress({
        name,
        rows: table.rows,
        bytes,
        size: Math.max(size, bytes),
        file,
        files: Math.max(this.expected.files, file),
        done: this.done,
        total,
        finished,
      });
    };
    const refuse = (problem: string) => {
      records = null;
      this.problem ??= problem;
    };
    /** The text of the next bytes (all that is left without them), or null when they are not UTF-8. */
    const decode = (piece?: Uint8Array): string | null => {
      try {
        return piece ? decoder.decode(piece, { stream: true }) : decoder.decode();
      } catch {
        refuse(`${name} is not in UTF-8, as LinkedIn writes it: use the file from LinkedIn's download, not a re-saved copy.`);
        return null;
      }
    };
    tell(false);
    return {
      push: (piece) => {
        bytes += piece.length;
        this.done += piece.length;
        const text = !records ? null : typeof piece === 'string' ? piece : decode(piece);
        if (text !== null && records) {
          records.push(text);
          // A file that is none of the export's is decoded to its end (it must still be UTF-8), not parsed.
          if (!table.known && records.handed >= headerSearch.chars) records.stop();
          else if (records.unfinished > maxRowChars)
            refuse(`${name} holds a row of more than 16 MB, far more than any LinkedIn export: it was not read.`);
        }
        if (bytes - told.bytes >= tellEvery.bytes || table.rows - told.rows >= tellEvery.rows) tell(false);
      },
      end: () => {
        const rest = records && decode();
        if (rest !== null && records) {
          records.push(rest);
          records.end();
          const read = table.result();
          if (read) this.tables.push({ ...read, name });
        }
        tell(true);
      },
    };
  }

  /** The tables of the export's CSVs, in the order read; throws ExportError for the first file it refused. */
  finish(): NamedTable[] {
    if (this.problem) throw new ExportError(this.problem);
    return this.tables;
  }
}
