/**
 * A backup leaves out every field that holds its schema's default (an empty note, no tags, no meeting
 * yet): restoring parses each row with the same schema, which puts the default back, exactly as it
 * does for a file from an older version that never had the field. Most of a contact's thirty-odd
 * fields are defaults, so the file is about half as large, and a large network still fits in the one
 * message a restore travels in.
 */
import { backupRowSchemas, backupTableNames, type Backup, type BackupTableName } from './backup-format.ts';
import { tableUnits } from './backup-rows.ts';
import { eachRow, finishSteps, type Steps } from '../progress/progress.ts';

interface Introspected {
  _zod: { def: { type: string; shape?: Record<string, Introspected>; defaultValue?: unknown } };
}

const isEmptyRecord = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/** A default that can be recognised cheaply: a primitive, an empty list or an empty object. */
function sameAsDefault(value: unknown, fallback: unknown): boolean {
  if (fallback === null || typeof fallback !== 'object') return value === fallback;
  if (Array.isArray(fallback)) return fallback.length === 0 && Array.isArray(value) && value.length === 0;
  return isEmptyRecord(fallback) && isEmptyRecord(value);
}

interface TableFields {
  /** The schema's fields, in its order: every file lists a row's fields the same way. */
  order: string[];
  defaults: Map<string, unknown>;
}

/** Each table's fields, and those that have a default with that default, read from the row schema itself. */
function fieldsOf(table: BackupTableName): TableFields {
  const shape = (backupRowSchemas[table] as unknown as Introspected)._zod.def.shape ?? {};
  const entries = Object.entries(shape);
  const defaults = new Map(
    entries.filter(([, field]) => field._zod.def.type === 'default').map(([key, field]) => [key, field._zod.def.defaultValue]),
  );
  return { order: entries.map(([key]) => key), defaults };
}

const cache = new Map<BackupTableName, TableFields>();

/** The rows without their default-valued fields (new objects; the rows given are left alone). */
export function compactRows<Row extends object>(table: BackupTableName, rows: readonly Row[]): Partial<Row>[] {
  if (!cache.has(table)) cache.set(table, fieldsOf(table));
  const { order, defaults } = cache.get(table)!;
  const known = new Set(order);
  return rows.map((row) => {
    const record = row as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const key of order) {
      if (Object.hasOwn(record, key) && !(defaults.has(key) && sameAsDefault(record[key], defaults.get(key)))) kept[key] = record[key];
    }
    // Fields today's schema does not know (from a later version, say) are kept as they are.
    for (const key of Object.keys(record)) if (!known.has(key)) kept[key] = record[key];
    return kept as Partial<Row>;
  });
}

/**
 * The file's text: compact rows, one per line, so a large backup stays small and a person who opens
 * it (or compares two) still reads it row by row.
 */
export function* backupTextSteps(backup: Backup): Steps<string> {
  const tables: string[] = [];
  for (const name of backupTableNames) {
    const rows = compactRows(name, backup.tables[name] as object[]);
    const lines = new Array<string>(rows.length);
    yield* eachRow(rows, tableUnits[name], (row, i) => (lines[i] = `\n${JSON.stringify(row)}`));
    tables.push(`${JSON.stringify(name)}:[${lines.join(',')}\n]`);
  }
  const head = `"format":${JSON.stringify(backup.format)},"schemaVersion":${backup.schemaVersion},"exportedAt":${JSON.stringify(backup.exportedAt)}`;
  return `{${head},"tables":{\n${tables.join(',\n')}\n}}\n`;
}

export const backupText = (backup: Backup): string => finishSteps(backupTextSteps(backup));
