/**
 * One pass over a backup's text before `JSON.parse` builds anything: ten million tiny rows would take
 * seconds and most of a gigabyte to parse (measured: 11 s, 670 MB), so rows are counted here, in the
 * text, and a table over the limit is refused first. The same pass refuses prototype-pollution keys,
 * escaped or not (`"\u005f_proto__"` is `__proto__` too), and nesting deeper than any Confab row.
 * Not a JSON validator: malformed text is left to `JSON.parse`, which says where it breaks.
 */
import { backupLimits, backupTableNames, type BackupTableName } from './backup-format.ts';

const quote = 34;
const backslash = 92;
const [openObject, closeObject, openArray, closeArray] = [123, 125, 91, 93];
const [comma, colon] = [44, 58];
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * `__proto__` is refused wherever it is. `constructor` and `prototype` are refused holding an object or
 * an array (the `constructor.prototype` route); as a plain value they are harmless, and a person may
 * well tag contacts "prototype" and give that tag its own keep-in-touch cadence.
 */
const objectKeys = new Set(['constructor', 'prototype']);

export type ScanResult = { ok: true; rows: Partial<Record<BackupTableName, number>> } | { ok: false; problem: string };

export function scanBackupText(text: string, limits: { rowsPerTable: number; depth: number } = backupLimits): ScanResult {
  // Per open container: an array (index) or an object (offsets of its current key).
  const isArray: boolean[] = [];
  const index: number[] = [];
  const keyAt: number[] = [];
  const keyEnd: number[] = [];
  const guarded: boolean[] = [];
  const rows: Partial<Record<BackupTableName, number>> = {};
  let expectKey = false;
  let table: BackupTableName | null = null;
  let tableDepth = -1;
  let sawRow = false;
  let nextBackslash = -1;

  const keyOf = (level: number) => decodeKey(text, keyAt[level]!, keyEnd[level]!);
  const pathTo = (depth: number) =>
    Array.from({ length: depth }, (_, level) => (isArray[level] ? `[${index[level]}]` : `${level === 0 ? '' : '.'}${keyOf(level)}`)).join(
      '',
    );
  const countRow = (): string | null => {
    if (isArray.length !== tableDepth || sawRow || table === null) return null;
    sawRow = true;
    rows[table] = (rows[table] ?? 0) + 1;
    return rows[table]! > limits.rowsPerTable
      ? `The table “${table}” holds more than ${limits.rowsPerTable.toLocaleString('en')} rows, the most a backup may hold per table.`
      : null;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    const depth = isArray.length;
    if (c === quote) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escapedQuote(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) break; // Unterminated: JSON.parse reports it.
      if (depth > 0 && !isArray[depth - 1] && expectKey) {
        keyAt[depth - 1] = i + 1;
        keyEnd[depth - 1] = end;
        if (nextBackslash < i) nextBackslash = nextIndex(text, '\\', i);
        const key = nextBackslash < end ? decodeKey(text, i + 1, end) : watchedKey(text, i + 1, end - i - 1);
        if (key === '__proto__') return refuse(pathTo(depth - 1), key);
        guarded[depth - 1] = objectKeys.has(key);
        expectKey = false;
      } else {
        const problem = countRow();
        if (problem) return { ok: false, problem };
      }
      i = end;
      continue;
    }
    if (c === openObject || c === openArray) {
      if (depth > 0 && !isArray[depth - 1] && guarded[depth - 1]) return refuse(pathTo(depth - 1), keyOf(depth - 1));
      const problem = countRow();
      if (problem) return { ok: false, problem };
      if (depth + 1 > limits.depth)
        return {
          ok: false,
          problem: `The file nests deeper than ${limits.depth} levels (at ${pathTo(depth) || 'the top'}); no Confab backup does.`,
        };
      if (c === openArray && depth === 2 && !isArray[0] && !isArray[1] && keyOf(0) === 'tables') {
        const name = keyOf(1);
        table = (backupTableNames as readonly string[]).includes(name) ? (name as BackupTableName) : null;
        tableDepth = depth + 1;
        sawRow = false;
      }
      isArray.push(c === openArray);
      index.push(0);
      guarded.push(false);
      expectKey = c === openObject;
    } else if (c === closeObject || c === closeArray) {
      if (isArray.length === tableDepth) tableDepth = -1;
      isArray.pop();
      index.pop();
      guarded.pop();
      expectKey = false;
    } else if (c === comma) {
      if (depth > 0 && isArray[depth - 1]) index[depth - 1]! += 1;
      else expectKey = true;
      if (depth === tableDepth) sawRow = false;
    } else if (c === colon) {
      expectKey = false;
    } else {
      const problem = countRow();
      if (problem) return { ok: false, problem };
    }
  }
  return { ok: true, rows };
}

function refuse(path: string, key: string): ScanResult {
  return {
    ok: false,
    problem: `The file has a key “${key}” at ${path || 'the top'}, which can tamper with how JavaScript objects behave. Confab never writes one: the file was altered, and Confab will not restore it.`,
  };
}

/** Where `char` next occurs, or the text's length: a missing one is not searched for again and again. */
function nextIndex(text: string, char: string, from: number): number {
  const found = text.indexOf(char, from);
  return found === -1 ? text.length : found;
}

/** A quote preceded by an odd number of backslashes is part of the string. */
function escapedQuote(text: string, at: number): boolean {
  let count = 0;
  for (let k = at - 1; text.charCodeAt(k) === backslash; k--) count += 1;
  return count % 2 === 1;
}

/** The watched key spelled plainly at `start`, or '' (compared in place: most keys are not watched). */
function watchedKey(text: string, start: number, length: number): string {
  if (length === 9) return text.startsWith('__proto__', start) ? '__proto__' : text.startsWith('prototype', start) ? 'prototype' : '';
  return length === 11 && text.startsWith('constructor', start) ? 'constructor' : '';
}

/** A key's text with its escapes resolved; an invalid escape gives back the raw text (JSON.parse will refuse it). */
function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
