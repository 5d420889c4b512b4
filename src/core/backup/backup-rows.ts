/**
 * Every row of a backup checked with the schema its table is written with: one `safeParse` per row and
 * nothing else per row on the way (no copies, no per-field work of our own), since a restore of 100,000
 * people must cost about what writing them does. Problems name the table, the row and the field.
 */
import { backupLimits, backupRowSchemas, backupTableNames, rowKey, type BackupTableName, type BackupTables } from './backup-format.ts';
import { rowsPerStep, type ProgressUnit, type Steps } from '../progress/progress.ts';

type Issue = { path: readonly PropertyKey[]; message: string };

export type TablesReading = { ok: true; tables: BackupTables } | { ok: false; problems: string[] };

const keyNames: Record<BackupTableName, string> = {
  contacts: 'slug',
  conversations: 'id',
  timeline: 'id',
  drafts: 'slug and channel',
  settings: 'key',
  employers: 'id',
};

/** What each table's rows are called when counting them. */
export const tableUnits: Record<BackupTableName, ProgressUnit> = {
  contacts: 'contacts',
  conversations: 'conversations',
  timeline: 'timeline events',
  drafts: 'drafts',
  settings: 'settings',
  employers: 'employers',
};

/** Counts as it goes, table by table, every `rowsPerStep` rows. */
export function* validateTables(input: Partial<Record<BackupTableName, unknown[]>>): Steps<TablesReading> {
  const problems: string[] = [];
  let more = 0;
  const note = (problem: string) => (problems.length < backupLimits.problems ? problems.push(problem) : (more += 1));
  const tables = {} as Record<BackupTableName, unknown[]>;

  for (const name of backupTableNames) {
    const rows = input[name] ?? [];
    const schema = backupRowSchemas[name];
    const parsed: unknown[] = new Array(rows.length);
    const seen = new Map<string, number>();
    if (name === 'settings' && rows.length > 1) note(`The table “settings” holds ${rows.length} rows; it holds one at most.`);
    for (let i = 0; i < rows.length; i++) {
      if (i > 0 && i % rowsPerStep === 0) yield { unit: tableUnits[name], done: i, total: rows.length };
      const result = schema.safeParse(rows[i]);
      if (!result.success) {
        for (const issue of result.error.issues.slice(0, 2)) note(`${name}, ${rowLabel(rows[i], i)}: ${issueText(issue)}`);
        continue;
      }
      parsed[i] = result.data;
      const key = rowKey(name, result.data as Record<string, unknown>);
      if (key === null) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        note(
          `${name}, rows ${first + 1} and ${i + 1} have the same ${keyNames[name]} (“${key.replace('\u0000', ' / ')}”); each must be unique.`,
        );
    }
    tables[name] = parsed;
    if (rows.length > 0) yield { unit: tableUnits[name], done: rows.length, total: rows.length };
  }
  if (problems.length > 0)
    return { ok: false, problems: more > 0 ? [...problems, `…and ${more.toLocaleString('en')} more problems.`] : problems };
  return { ok: true, tables: unlinkMissingEmployers(tables as unknown as BackupTables) };
}

/** “row 13 (“avery-quinlan”)”: the row's number counted from 1, and whatever names it. */
function rowLabel(row: unknown, index: number): string {
  const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  const name = [record.slug, record.name, record.key].find((value): value is string => typeof value === 'string' && value !== '');
  return `row ${index + 1}${name ? ` (“${name.slice(0, 60)}”)` : ''}`;
}

/** `experience[0].title: Invalid input…`, or the message alone for a problem with the whole row. */
function issueText(issue: Issue): string {
  const path = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * A contact pointing at an employer the file does not hold (edited by hand, say) loses the link rather
 * than the whole restore: Confab itself unlinks contacts when an employer is deleted.
 */
function unlinkMissingEmployers(tables: BackupTables): BackupTables {
  const ids = new Set(tables.employers.map((employer) => employer.id));
  for (const contact of tables.contacts) {
    if (contact.employerId !== null && !ids.has(contact.employerId)) contact.employerId = null;
  }
  return tables;
}
