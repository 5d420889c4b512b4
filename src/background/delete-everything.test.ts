import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillDatabase, snapshot } from '../../test/unit/backup-data.ts';
import { freshDb } from '../../test/unit/test-db.ts';
import type { ConfabDb } from '../db/database.ts';
import { dispatch } from '../messaging/handle.ts';
import { envelope } from '../messaging/protocol.ts';
import { deleteEverything, type OutsideTheDatabase } from './delete-everything.ts';
import { createHandlers } from './handlers.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));

let db: ConfabDb;
afterEach(async () => db?.delete());

function watched() {
  const calls: string[] = [];
  const outside: OutsideTheDatabase = {
    refreshBadge: async (target) => void calls.push(`badge with ${await target.contacts.count()} contacts`),
    clearNotifications: async () => void calls.push('notifications'),
    clearAlarms: async () => void calls.push('alarms'),
    clearStorage: async () => void calls.push('storage'),
  };
  return { calls, outside };
}

describe('delete everything', () => {
  it('empties every table, then the badge, notifications, alarms and storage, storage last', async () => {
    db = freshDb();
    await fillDatabase(db);
    const { calls, outside } = watched();
    expect(await deleteEverything(db, 2, outside)).toEqual({ contacts: 2 });
    expect(await snapshot(db)).toEqual({ contacts: [], conversations: [], timeline: [], drafts: [], settings: [], employers: [] });
    expect(calls).toEqual(['badge with 0 contacts', 'notifications', 'alarms', 'storage']);
  });

  it('deletes nothing when the number confirmed is not the number of contacts held', async () => {
    db = freshDb();
    await fillDatabase(db);
    const before = await snapshot(db);
    const { calls, outside } = watched();
    await expect(deleteEverything(db, 1, outside)).rejects.toThrow(
      'Nothing was deleted: Confab now holds 2 contacts, not the 1 you confirmed.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(calls).toEqual([]);
  });

  it('is a message that must carry the confirmation, and from Confab’s own pages only', async () => {
    db = freshDb();
    await fillDatabase(db);
    const before = await snapshot(db);
    const h = createHandlers(db, async () => 0);
    const options = { extensionId: 'id', extensionOrigin: 'chrome-extension://id/' };
    const page = { id: 'id', url: 'chrome-extension://id/src/pages/options/index.html' };
    expect(await dispatch(h, { confab: 1, name: 'deleteEverything', payload: {} }, page, options)).toMatchObject({ ok: false });
    expect(
      await dispatch(h, envelope('deleteEverything', { confirm: 2 }), { id: 'other', url: 'https://example.com/' }, options),
    ).toMatchObject({ ok: false });
    expect(await dispatch(h, envelope('deleteEverything', { confirm: 3 }), page, options)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Nothing was deleted'),
    });
    expect(await snapshot(db)).toEqual(before);
  });
});
