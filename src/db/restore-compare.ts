/**
 * What a restore would change, table by table: the file's rows, and rows added, updated, unchanged and removed. Rows are
 * compared by value, ignoring `followUpAt` (derived: every restore recomputes it) and, where a merge
 * renumbers rows, their auto-increment id.
 */
import { backupTableNames, rowKey, type BackupTables, type RestorePreview, type TableCounts } from '../core/backup/backup-format.ts';

export const noChanges = (inFile = 0): TableCounts => ({ inFile, added: 0, updated: 0, unchanged: 0, removed: 0 });

const derived: ReadonlySet<string> = new Set(['followUpAt']);
const noKeys: ReadonlySet<string> = new Set();

/** Deep equality of stored values (JSON-like data), whatever the key order; `skip` names top-level keys to ignore. */
export function sameRow(a: unknown, b: unknown, skip: ReadonlySet<string> = derived): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameRow(item, other[i], noKeys));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (skip.has(key)) continue;
    if (!sameRow(left[key], right[key], noKeys)) return false;
  }
  return true;
}

/** Replace: every row of the file, matched with the stored row of the same key. */
export function replaceCounts(current: BackupTables, backup: BackupTables): RestorePreview {
  const preview = {} as RestorePreview;
  for (const table of backupTableNames) {
    const counts = noChanges(backup[table].length);
    const stored = new Map<string, unknown>();
    for (const row of current[table] as object[]) {
      const key = rowKey(table, row as Record<string, unknown>);
      if (key !== null) stored.set(key, row);
    }
    const matched = new Set<string>();
    for (const row of backup[table] as object[]) {
      const key = rowKey(table, row as Record<string, unknown>);
      if (key === null || !stored.has(key)) counts.added += 1;
      else {
        matched.add(key);
        if (sameRow(stored.get(key), row)) counts.unchanged += 1;
        else counts.updated += 1;
      }
    }
    counts.removed = current[table].length - matched.size;
    preview[table] = counts;
  }
  return preview;
}

export interface Paired<Row> {
  put: Row[];
  /** For each row of `put`, its id in the file (what the file's own references to it use). */
  fileIds: (number | undefined)[];
  remove: number[];
}

/**
 * A contact's conversations or timeline when the file's copy of the contact wins a merge: the stored
 * rows and the file's, both in id order, are paired one by one. A pair that differs takes the stored
 * row's id (so ids stay put); extra rows from the file are added (new ids sort after, keeping the
 * order); extra stored rows are removed.
 */
export function pairById<Row extends { id?: number | undefined }>(
  stored: readonly Row[],
  incoming: readonly Row[],
  counts: TableCounts,
): Paired<Row> {
  const byId = (a: Row, b: Row) => (a.id ?? Infinity) - (b.id ?? Infinity);
  const old = [...stored].sort(byId);
  const next = [...incoming].sort(byId);
  const put: Row[] = [];
  const fileIds: (number | undefined)[] = [];
  const remove: number[] = [];
  for (let i = 0; i < Math.max(old.length, next.length); i++) {
    const was = old[i];
    const row = next[i];
    if (was && row) {
      if (sameRow({ ...was, id: 0 }, { ...row, id: 0 })) counts.unchanged += 1;
      else {
        counts.updated += 1;
        put.push({ ...row, id: was.id });
        fileIds.push(row.id);
      }
    } else if (row) {
      counts.added += 1;
      const fresh = { ...row };
      delete fresh.id;
      put.push(fresh);
      fileIds.push(row.id);
    } else if (was?.id !== undefined) {
      counts.removed += 1;
      remove.push(was.id);
    }
  }
  return { put, fileIds, remove };
}
