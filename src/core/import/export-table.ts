/**
 * One CSV of LinkedIn's export, recognised by its header row (not by its file name) and read with
 * papaparse. The header row is found by its content: Connections.csv starts with a `Notes:`
 * preamble, a quoted sentence and a blank line; a spreadsheet re-save drops them and adds a BOM and
 * CRLF. Header names are compared trimmed and in lower case (messages.csv of 2026 writes
 * `CONVERSATION ID, CONVERSATION TITLE, …` with spaces after the commas). Cells are kept as they are:
 * `=HYPERLINK(…)` stays text.
 */
import Papa from 'papaparse';

export type ExportKind = 'connections' | 'invitations' | 'messages' | 'profile' | 'positions';

/** The columns that tell each kind of file, in every era of the export. */
const signatures: readonly (readonly [ExportKind, readonly string[]])[] = [
  ['connections', ['first name', 'last name', 'company', 'position', 'connected on']],
  ['invitations', ['from', 'to', 'sent at', 'direction']],
  ['messages', ['conversation id', 'from', 'date', 'content']],
  ['positions', ['company name', 'title', 'started on']],
  ['profile', ['first name', 'last name', 'headline']],
];

/** How far down a header row may be (the Connections preamble takes three or four lines). */
const headerSearchRows = 10;

export interface ExportRow {
  /** The line of the file where the row starts, from 1. */
  line: number;
  /** The cell under a header name (lower case), '' when the file has no such column. */
  cell(column: string): string;
}

export interface ExportTable {
  kind: ExportKind;
  columns: ReadonlySet<string>;
  rows: ExportRow[];
}

function headerName(cell: string): string {
  return cell.trim().replace(/^"|"$/g, '').trim().toLowerCase();
}

function kindOf(names: readonly string[]): ExportKind | null {
  const present = new Set(names);
  return signatures.find(([, required]) => required.every((name) => present.has(name)))?.[0] ?? null;
}

/** Papaparse's records with the line each starts on; blank lines are records of one empty cell. */
function records(text: string): { line: number; cells: string[] }[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: false });
  let line = 1;
  return parsed.data.map((cells) => {
    const record = { line, cells };
    line += 1;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line += 1;
    return record;
  });
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** The file read as a table of its kind, or null when no known header is near its top. */
export function readExportTable(text: string): ExportTable | null {
  const all = records(text);
  for (let at = 0; at < Math.min(all.length, headerSearchRows); at += 1) {
    const names = all[at]!.cells.map(headerName);
    const kind = kindOf(names);
    if (!kind) continue;
    const index = new Map<string, number>();
    names.forEach((name, i) => {
      if (!index.has(name)) index.set(name, i);
    });
    const rows = all
      .slice(at + 1)
      .filter((record) => !isBlank(record.cells))
      .map(({ line, cells }) => ({
        line,
        cell: (column: string) => {
          const i = index.get(column);
          return i === undefined ? '' : (cells[i] ?? '');
        },
      }));
    return { kind, columns: new Set(index.keys()), rows };
  }
  return null;
}
