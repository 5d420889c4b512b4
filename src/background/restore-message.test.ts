import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillDatabase, later, snapshot } from '../../test/unit/backup-data.ts';
import { freshDb } from '../../test/unit/test-db.ts';
import { backupText } from '../core/backup/backup-compact.ts';
import { exportBackup } from '../db/backup-repo.ts';
import type { ConfabDb } from '../db/database.ts';
import { dispatch } from '../messaging/handle.ts';
import { envelope } from '../messaging/protocol.ts';
import { createHandlers } from './handlers.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const dbs: ConfabDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const options = { extensionId: 'id', extensionOrigin: 'chrome-extension://id/' };
const page = { id: 'id', url: 'chrome-extension://id/src/pages/options/index.html' };

describe('the restoreBackup message', () => {
  it('restores a file and then recomputes the toolbar', async () => {
    const source = freshDb();
    const db = freshDb();
    dbs.push(source, db);
    await fillDatabase(source);
    const text = backupText(await exportBackup(source, later(6)));
    const refresh = vi.fn(async () => 1);
    const reply = await dispatch(createHandlers(db, refresh), envelope('restoreBackup', { text, mode: 'replace' }), page, options);
    expect(reply).toMatchObject({ ok: true, value: { restored: { mode: 'replace', rows: { contacts: 2, timeline: 7 } } } });
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('refuses a text over the size limit, an unknown mode and a bad file, changing nothing', async () => {
    const db = freshDb();
    dbs.push(db);
    await fillDatabase(db);
    const before = await snapshot(db);
    const refresh = vi.fn(async () => 0);
    const h = createHandlers(db, refresh);
    const replies = [
      await dispatch(h, envelope('restoreBackup', { text: 'x'.repeat(50 * 1024 * 1024 + 1), mode: 'replace' }), page, options),
      await dispatch(h, { confab: 1, name: 'restoreBackup', payload: { text: '{}', mode: 'overwrite' } }, page, options),
      await dispatch(h, envelope('restoreBackup', { text: '{"format":"confab-backup","schemaVersion":9}', mode: 'merge' }), page, options),
    ];
    expect(replies.map((reply) => reply.ok)).toEqual([false, false, false]);
    expect(replies[2]).toMatchObject({ error: expect.stringContaining('newer Confab (schema version 9)') });
    expect(await snapshot(db)).toEqual(before);
    expect(refresh).not.toHaveBeenCalled();
  });
});
