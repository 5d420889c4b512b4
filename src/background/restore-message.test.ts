import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillDatabase, later, snapshot } from '../../test/unit/backup-data.ts';
import { freshDb } from '../../test/unit/test-db.ts';
import { backupText } from '../core/backup/backup-compact.ts';
import { exportBackup } from '../db/backup-repo.ts';
import type { ConfabDb } from '../db/database.ts';
import { dispatch } from '../messaging/handle.ts';
import { handlePort, type PortLike } from '../messaging/handle-port.ts';
import { cancelRequest, longPortName, type LongAnswer } from '../messaging/long-port.ts';
import { envelope } from '../messaging/protocol.ts';
import { madeUpPeople } from '../../scripts/bench-seed.ts';
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

describe('the restoreBackup message over its port', { timeout: 30_000 }, () => {
  /** The options page's end of a port: what the background posted, and a way to post to it. */
  function portFrom(page: PortLike['sender'], onPosted: (answer: LongAnswer) => void = () => undefined) {
    const posted: LongAnswer[] = [];
    let deliver: (message: unknown) => void = () => undefined;
    const port: PortLike = {
      name: longPortName,
      sender: page,
      postMessage: (message) => {
        posted.push(message);
        onPosted(message);
      },
      disconnect: () => undefined,
      onMessage: { addListener: (listener) => void (deliver = listener) },
      onDisconnect: { addListener: () => undefined },
    };
    return { port, posted, post: (message: unknown) => deliver(message) };
  }
  const many = () => {
    const { contacts, conversations } = madeUpPeople(3_000, later(6), 2);
    const tables = { contacts, conversations, timeline: [], drafts: [], settings: [], employers: [] };
    return backupText({ format: 'confab-backup', schemaVersion: 3, exportedAt: later(6).toISOString(), tables });
  };

  it('tells its progress, restores, then recomputes the toolbar', async () => {
    const db = freshDb();
    dbs.push(db);
    const refresh = vi.fn(async () => 2);
    const page = portFrom({ id: 'id', url: 'chrome-extension://id/src/pages/options/index.html' });
    handlePort(createHandlers(db, refresh), page.port, options);
    page.post(envelope('restoreBackup', { text: many(), mode: 'replace' }));
    await vi.waitFor(() => expect(page.posted.at(-1)?.kind).toBe('done'), { timeout: 20_000 });
    expect(page.posted.at(-1)).toMatchObject({ result: { ok: true, value: { restored: { rows: { contacts: 3_000 } } } } });
    const counts = page.posted.flatMap((answer) => (answer.kind === 'progress' ? [`${answer.progress.step} ${answer.progress.done}`] : []));
    expect(counts).toContain('checking 2000');
    expect(counts).toContain('writing 2000');
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('cancelled while it writes: the database is as it was, and the toolbar is left alone', async () => {
    const db = freshDb();
    dbs.push(db);
    await fillDatabase(db);
    const before = await snapshot(db);
    const refresh = vi.fn(async () => 2);
    // The page cancels as soon as it is told the first rows were written.
    const page = portFrom({ id: 'id', url: 'chrome-extension://id/src/pages/options/index.html' }, (answer) => {
      if (answer.kind === 'progress' && answer.progress.step === 'writing') page.post(cancelRequest);
    });
    handlePort(createHandlers(db, refresh), page.port, options);
    page.post(envelope('restoreBackup', { text: many(), mode: 'replace' }));
    await vi.waitFor(() => expect(page.posted.at(-1)?.kind).toBe('done'), { timeout: 20_000 });
    expect(page.posted.at(-1)).toEqual({ kind: 'done', result: { ok: false, error: 'Cancelled: nothing was changed.', cancelled: true } });
    expect(await snapshot(db)).toEqual(before);
    expect(refresh).not.toHaveBeenCalled();
  });
});
