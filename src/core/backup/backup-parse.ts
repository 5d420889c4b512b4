/**
 * Reads a backup file's text into rows Confab can write, or says what is wrong and where. The whole
 * file is checked before anything is written: size, then a pre-scan of the text (row counts, hostile
 * keys), then the JSON, the envelope, and every row against the schemas the extension writes with.
 */
import {
  backupFormat,
  backupLimits,
  backupTableNames,
  supportedBackupVersions,
  tablesOfVersion,
  type Backup,
  type BackupTableName,
} from './backup-format.ts';
import { validateTables } from './backup-rows.ts';
import { scanBackupText } from './backup-scan.ts';
import { finishSteps, type Steps } from '../progress/progress.ts';
import { z } from '../z.ts';

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problems: string[] };

const isoDate = z.iso.datetime({ offset: true });
const megabytes = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const refuse = (...problems: string[]): BackupReading => ({ ok: false, problems });

/** Counts the rows as it checks them (the scan and JSON.parse before are one step each). */
export function* parseBackupSteps(text: string): Steps<BackupReading> {
  if (text.trim() === '') return refuse('The file is empty.');
  if (text.length > backupLimits.chars)
    return refuse(`The file is ${megabytes(text.length)}; a backup may be at most ${megabytes(backupLimits.chars)}.`);
  const scan = scanBackupText(text);
  if (!scan.ok) return refuse(scan.problem);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(jsonProblem(text, error));
  }
  const envelope = envelopeProblem(json);
  if (envelope) return refuse(envelope);
  const { schemaVersion, exportedAt, tables } = json as { schemaVersion: number; exportedAt: string; tables: Record<string, unknown> };
  const shape = tablesProblems(tables, schemaVersion);
  if (shape.length > 0) return refuse(...shape);
  upgradeRows(tables, schemaVersion);
  const checked = yield* validateTables(tables as Record<BackupTableName, unknown[] | undefined>);
  if (!checked.ok) return checked;
  return { ok: true, backup: { format: backupFormat, schemaVersion, exportedAt, tables: checked.tables } };
}

export const parseBackup = (text: string): BackupReading => finishSteps(parseBackupSteps(text));

/**
 * What an older file's rows need beyond the schemas' defaults, version by version. Before version 3 no
 * contact said where it came from: a captured one came from LinkedIn's page, others were typed in
 * (as the database's own upgrade to version 4 decides).
 */
function upgradeRows(tables: Record<string, unknown>, version: number): void {
  if (version < 3 && Array.isArray(tables.contacts))
    for (const row of tables.contacts as unknown[])
      if (isRecord(row) && !('source' in row)) row.source = row.lastCapturedAt ? 'captured' : 'manual';
}

/** A cut-off file fails at its very end; anything else is damage somewhere inside. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const atEnd = /end of JSON|Unterminated/i.test(message) || (position !== undefined && Number(position) >= text.trimEnd().length - 1);
  if (atEnd)
    return 'The file ends too early: it looks cut off (truncated), perhaps by an interrupted download or copy. Nothing in it was read.';
  // The browser's message quotes the text around the fault: one line, short, for the list of problems.
  const detail = message.replace(/\s+/g, ' ').slice(0, 160);
  return `The file is not valid JSON (${detail}). It may be damaged, or not a Confab backup.`;
}

function envelopeProblem(json: unknown): string | null {
  if (!isRecord(json)) return 'This is not a Confab backup: the file holds no object with a format and tables.';
  if (json.format !== backupFormat) {
    return json.format === undefined
      ? `This is not a Confab backup: it has no “format”: “${backupFormat}”.`
      : `This is not a Confab backup: its format is “${String(json.format).slice(0, 60)}”, not “${backupFormat}”.`;
  }
  const version = json.schemaVersion;
  const supported = `${supportedBackupVersions.slice(0, -1).join(', ')} and ${supportedBackupVersions.at(-1)}`;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return `The backup’s “schemaVersion” is missing or not a whole number; this Confab restores versions ${supported}.`;
  const newest = supportedBackupVersions.at(-1)!;
  if (version > newest)
    return `This backup was made by a newer Confab (schema version ${version}). This one restores versions ${supported}: update Confab, then restore the file.`;
  if (!(supportedBackupVersions as readonly number[]).includes(version))
    return `The backup’s schema version ${version} is unknown; this Confab restores versions ${supported}.`;
  if (!isoDate.safeParse(json.exportedAt).success) return 'The backup’s “exportedAt” is not a date and time.';
  if (!isRecord(json.tables)) return 'The backup has no “tables” object.';
  return null;
}

function tablesProblems(tables: Record<string, unknown>, version: number): string[] {
  const expected = tablesOfVersion(version);
  const problems: string[] = [];
  for (const name of Object.keys(tables)) {
    if (!(backupTableNames as readonly string[]).includes(name))
      problems.push(`The backup has a table “${name.slice(0, 60)}” Confab does not know.`);
  }
  for (const name of expected) {
    const rows = tables[name];
    if (rows === undefined) problems.push(`The backup lacks the table “${name}”.`);
    else if (!Array.isArray(rows)) problems.push(`The table “${name}” is not a list of rows.`);
    else if (rows.length > backupLimits.rowsPerTable)
      problems.push(
        `The table “${name}” holds ${rows.length.toLocaleString('en')} rows; a backup may hold at most ${backupLimits.rowsPerTable.toLocaleString('en')} per table.`,
      );
  }
  return problems.slice(0, backupLimits.problems);
}
