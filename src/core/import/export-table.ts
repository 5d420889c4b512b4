/**
 * One CSV of LinkedIn's export, recognised by its header row (not by its file name) and read row by
 * row as papaparse hands the records over. The header row is found by its content: Connections.csv
 * starts with a `Notes:` preamble, a quoted sentence and a blank line; a spreadsheet re-save drops
 * them and adds a BOM and CRLF. Header names are compared trimmed and in lower case (messages.csv of
 * 2026 writes `CONVERSATION ID, CONVERSATION TITLE, …` with spaces after the commas). Cells are kept
 * as they are (`=HYPERLINK(…)` stays text), but only the columns the reading uses: a message's text,
 * most of a 50 MB messages.csv, is never kept.
 */
import { csvRecords } from './csv-records.ts';

export type ExportKind = 'connections' | 'invitations' | 'messages' | 'profile' | 'positions';

/** The columns that tell each kind of file, in every era of the export. */
const signatures: readonly (readonly [ExportKind, readonly string[]])[] = [
  ['connections', ['first name', 'last name', 'company', 'position', 'connected on']],
  ['invitations', ['from', 'to', 'sent at', 'direction']],
  ['messages', ['conversation id', 'from', 'date', 'content']],
  ['positions', ['company name', 'title', 'started on']],
  ['profile', ['first name', 'last name', 'headline']],
];

/** The columns the reading uses of each kind; a row holds these only. */
const kept: Record<ExportKind, readonly string[]> = {
  connections: ['first name', 'last name', 'url', 'email address', 'company', 'position', 'connected on'],
  invitations: ['from', 'to', 'sent at', 'message', 'direction', 'inviterprofileurl', 'inviteeprofileurl'],
  messages: ['conversation id', 'from', 'sender profile url', 'to', 'recipient profile urls', 'date', 'folder', 'is message draft'],
  profile: ['first name', 'last name', 'headline', 'industry'],
  positions: ['company name', 'title', 'finished on'],
};

/**
 * How far down a header row may be: the Connections preamble takes three or four lines, a few hundred
 * characters. A file with none there is not read further (a zip bomb of one endless line, say).
 */
export const headerSearch = { rows: 10, chars: 1024 * 1024 };

export interface ExportRow {
  /** The line of the file where the row starts, from 1. */
  line: number;
  /** The cell under a header name (lower case), '' when the file has no such column. */
  cell(column: string): string;
}

export interface ExportTable {
  kind: ExportKind;
  rows: ExportRow[];
}

function headerName(cell: string): string {
  return cell.trim().replace(/^"|"$/g, '').trim().toLowerCase();
}

function kindOf(names: readonly string[]): ExportKind | null {
  const present = new Set(names);
  return signatures.find(([, required]) => required.every((name) => present.has(name)))?.[0] ?? null;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

class KeptRow implements ExportRow {
  constructor(
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly columns: ReadonlyMap<string, number>,
  ) {}

  cell(column: string): string {
    const at = this.columns.get(column);
    if (at === undefined) throw new Error(`The reading keeps no "${column}" column of this file.`);
    return this.cells[at]!;
  }
}

/** Takes a CSV's records in order and keeps its rows, once a known header is found near its top. */
export class ExportTableReader {
  private records = 0;
  private table: { kind: ExportKind; from: number[]; columns: Map<string, number>; rows: ExportRow[] } | null = null;
  /** One copy of each distinct cell: a conversation's id, a sender's address are kept once. */
  private readonly copies = new Map<string, string>();

  /** The rows read so far. */
  get rows(): number {
    return this.table?.rows.length ?? 0;
  }

  /** Whether its header was found: what kind of file it is. */
  get known(): boolean {
    return this.table !== null;
  }

  /** Takes the next record; false when the file is known to be none of the export's (read no further). */
  record(cells: string[], line: number): boolean {
    this.records += 1;
    if (this.table) {
      if (!isBlank(cells))
        this.table.rows.push(
          new KeptRow(
            line,
            this.table.from.map((i) => this.copy(cells[i] ?? '')),
            this.table.columns,
          ),
        );
      return true;
    }
    const names = cells.map(headerName);
    const kind = kindOf(names);
    if (kind) {
      const columns = kept[kind];
      this.table = {
        kind,
        from: columns.map((name) => names.indexOf(name)),
        columns: new Map(columns.map((name, i) => [name, i])),
        rows: [],
      };
    }
    return this.table !== null || this.records < headerSearch.rows;
  }

  /** The file as a table of its kind, or null when no known header was near its top. */
  result(): ExportTable | null {
    this.copies.clear();
    return this.table && { kind: this.table.kind, rows: this.table.rows };
  }

  /**
   * papaparse's cells are slices of the piece of text they were parsed from, and V8 keeps a whole
   * piece alive for the sake of any slice of it: a kept cell is copied, so the pieces can go.
   */
  private copy(cell: string): string {
    if (!cell) return '';
    let copy = this.copies.get(cell);
    if (copy === undefined) {
      copy = ` ${cell}`.slice(1);
      this.copies.set(copy, copy);
    }
    return copy;
  }
}

/** A whole CSV text read as a table of its kind, or null when no known header is near its top. */
export function readExportTable(text: string): ExportTable | null {
  const reader = new ExportTableReader();
  const records = csvRecords((cells, line) => reader.record(cells, line) || records.stop());
  records.push(text);
  records.end();
  return reader.result();
}
