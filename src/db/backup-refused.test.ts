/**
 * Every kind of bad backup file is refused with a message naming what is wrong and where, and the
 * database is compared before and after: exactly equal, every table, every row.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillDatabase, later, snapshot } from '../../test/unit/backup-data.ts';
import { freshDb } from '../../test/unit/test-db.ts';
import { backupText } from '../core/backup/backup-compact.ts';
import { exportBackup, restoreFromText } from './backup-repo.ts';
import type { ConfabDb } from './database.ts';

let db: ConfabDb;
let good: string;
beforeEach(async () => {
  db = freshDb();
  await fillDatabase(db);
  good = backupText(await exportBackup(db, later(6)));
});
afterEach(async () => db.delete());

const envelope = (tables: string, version = 2) =>
  `{"format":"confab-backup","schemaVersion":${version},"exportedAt":"2026-03-08T09:00:00.000Z","tables":${tables}}`;
const emptyTables = (contacts: string) =>
  `{"contacts":${contacts},"conversations":[],"timeline":[],"drafts":[],"settings":[],"employers":[]}`;
const contactRow = (extra: string) =>
  `{"slug":"x","name":"X","url":"https://www.linkedin.com/in/x/","status":"prospect","createdAt":"2026-03-01T09:00:00.000Z","updatedAt":"2026-03-01T09:00:00.000Z","statusChangedAt":"2026-03-01T09:00:00.000Z"${extra}}`;

const badFiles: [string, () => string, RegExp][] = [
  ['an empty file', () => '  ', /The file is empty/],
  ['corrupt JSON', () => good.replace('"contacts":[', '"contacts":[[,'), /not valid JSON \(Unexpected token/],
  ['a truncated file', () => good.slice(0, Math.floor(good.length / 2)), /cut off \(truncated\)/],
  ['an unknown format', () => good.replace('"confab-backup"', '"other-app"'), /its format is “other-app”, not “confab-backup”/],
  ['no format at all', () => '{"contacts":[]}', /has no “format”: “confab-backup”/],
  ['a JSON list', () => '[1,2,3]', /not a Confab backup/],
  [
    'a newer schema version',
    () => good.replace('"schemaVersion":3', '"schemaVersion":4'),
    /newer Confab \(schema version 4\).*restores versions 1, 2 and 3/,
  ],
  ['an unknown older schema version', () => good.replace('"schemaVersion":3', '"schemaVersion":0'), /schema version 0 is unknown/],
  ['an oversized file', () => good + ' '.repeat(50 * 1024 * 1024), /The file is 50\.0 MB; a backup may be at most 50\.0 MB/],
  ['ten million rows', () => envelope(emptyTables(`[${'{},'.repeat(10_000_000)}{}]`)), /“contacts” holds more than 200,000 rows/],
  ['200,001 rows', () => envelope(emptyTables(`[${'0,'.repeat(200_000)}0]`)), /“contacts” holds more than 200,000 rows/],
  [
    'a __proto__ key',
    () => envelope(emptyTables(`[${contactRow(',"__proto__":{"polluted":true}')}]`)),
    /key “__proto__” at tables\.contacts\[0\]/,
  ],
  [
    'an escaped __proto__ key',
    () => envelope(emptyTables(`[${contactRow(',"lastCapture":{"\\u005f_proto__":{}}')}]`)),
    /key “__proto__” at tables\.contacts\[0\]\.lastCapture/,
  ],
  [
    'constructor.prototype',
    () => envelope(emptyTables(`[${contactRow(',"dueStates":{"constructor":{"prototype":{"x":1}}}')}]`)),
    /key “constructor” at tables\.contacts\[0\]\.dueStates/,
  ],
  ['deep nesting', () => envelope(emptyTables(`[${'['.repeat(40)}${']'.repeat(40)}]`)), /nests deeper than 32 levels/],
  [
    'a wrong field',
    () => envelope(emptyTables(`[${contactRow(',"metAt":"yesterday"')}]`)),
    /contacts, row 1 \(“x”\): metAt: Invalid ISO datetime/,
  ],
  ['a row of the wrong type', () => good.replace('"drafts":[', '"drafts":[42,'), /drafts, row 1: Invalid input: expected object/],
  [
    'a duplicate slug',
    () => envelope(emptyTables(`[${contactRow('')},${contactRow('')}]`)),
    /contacts, rows 1 and 2 have the same slug \(“x”\)/,
  ],
  ['a missing table', () => envelope('{"contacts":[]}'), /lacks the table “conversations”/],
  ['an unknown table', () => good.replace('"contacts":[', '"secrets":[],"contacts":['), /table “secrets” Confab does not know/],
  [
    'two settings rows',
    () => good.replace(/"settings":\[\n(.*)\n\]/, '"settings":[\n$1,\n$1\n]'),
    /“settings” holds 2 rows; it holds one at most/,
  ],
];

describe('a bad backup file changes nothing', () => {
  it.each(badFiles)('%s is refused with its message, and every table is exactly as before', async (_kind, file, message) => {
    const before = await snapshot(db);
    const text = file();
    for (const mode of ['replace', 'merge'] as const) await expect(restoreFromText(db, text, mode)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists at most eight problems, then how many more', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => contactRow(`,"metAt":"day ${i}"`).replace('"slug":"x"', `"slug":"x${i}"`));
    const failure = restoreFromText(db, envelope(emptyTables(`[${rows.join(',')}]`)), 'replace');
    await expect(failure).rejects.toThrow(/…and 12 more problems\./);
    await expect(failure).rejects.toHaveProperty('problems.length', 9);
  });

  it('rolls every table back when a write fails half-way through a restore', async () => {
    const before = await snapshot(db);
    vi.spyOn(db.contacts, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(restoreFromText(db, good.replace('Avery Quinlan', 'Avery Q.'), 'replace')).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });
});
