import { afterEach, describe, expect, it, vi } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { saveContact } from '../db/contacts-repo.ts';
import type { ConfabDb } from '../db/database.ts';
import { actOnDue } from '../db/due-actions-repo.ts';
import { dueContacts } from '../db/follow-ups.ts';
import { moveContact } from '../db/moves-repo.ts';
import { writeSettings } from '../db/settings-repo.ts';

const state = vi.hoisted(() => ({
  alarms: new Map<string, { when: number }>(),
  shown: new Map<string, { title: string; message: string }>(),
  storage: {} as Record<string, unknown>,
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: (path: string) => `chrome-extension://confab/${path}` },
    alarms: {
      create: async (name: string, info: { when: number }) => void state.alarms.set(name, info),
      clear: async (name: string) => state.alarms.delete(name),
    },
    notifications: {
      create: async (id: string, options: { title: string; message: string }) => void state.shown.set(id, options),
      clear: async (id: string) => state.shown.delete(id),
    },
    storage: {
      local: {
        get: async (key: string) => ({ [key]: state.storage[key] }),
        set: async (values: Record<string, unknown>) => void Object.assign(state.storage, values),
      },
    },
  },
}));

const { nextDueAlarm, refreshReminders, slugOfNotification } = await import('./reminders.ts');

let db: ConfabDb;
afterEach(async () => {
  await db?.delete();
  state.alarms.clear();
  state.shown.clear();
  state.storage = {};
});

const hour = 3_600_000;
const metAt = new Date('2026-11-20T15:00:00Z');

async function met() {
  await saveContact(db, { fields: avery, capture: null }, new Date(metAt.getTime() - 72 * hour));
  await moveContact(db, 'avery-quinlan', 'requested', new Date(metAt.getTime() - 48 * hour));
  await moveContact(db, 'avery-quinlan', 'accepted', new Date(metAt.getTime() - 24 * hour));
  await moveContact(db, 'avery-quinlan', 'met', metAt);
}

describe('reminders in the background', () => {
  it('arms the one alarm for when the thank-you falls due, then notifies once, and opens the contact', async () => {
    db = freshDb();
    await met();
    await refreshReminders(db, new Date(metAt.getTime() + hour));
    expect(state.alarms.get(nextDueAlarm)).toEqual({ when: metAt.getTime() + 24 * hour + 1_000 });
    expect(state.shown.size).toBe(0);

    const due = new Date(metAt.getTime() + 24 * hour + 1_000);
    await refreshReminders(db, due);
    expect([...state.shown.values()]).toEqual([
      { type: 'basic', iconUrl: 'chrome-extension://confab/icons/icon-128.png', title: 'Send your thank-you', message: 'Avery Quinlan' },
    ]);
    expect(slugOfNotification([...state.shown.keys()][0]!)).toBe('avery-quinlan');
    // Next: it turns overdue.
    expect(state.alarms.get(nextDueAlarm)).toEqual({ when: metAt.getTime() + 48 * hour + 1_000 });

    await refreshReminders(db, new Date(due.getTime() + hour));
    expect(state.shown.size).toBe(1);
  });

  it('clears the notification once the thank-you is sent, and sends none when turned off', async () => {
    db = freshDb();
    await met();
    const due = new Date(metAt.getTime() + 25 * hour);
    await refreshReminders(db, due);
    expect(state.shown.size).toBe(1);
    const [first] = await dueContacts(db, due);
    await actOnDue(db, 'avery-quinlan', first!.items[0]!.key, 'done', due);
    await refreshReminders(db, due);
    expect(state.shown.size).toBe(0);

    await db.delete();
    db = freshDb();
    await writeSettings(db, { notifications: false });
    await met();
    await refreshReminders(db, due);
    expect(state.shown.size).toBe(0);
    expect(state.alarms.has(nextDueAlarm)).toBe(true);
  });

  it('ignores notifications that are not its own', () => {
    expect(slugOfNotification('something-else')).toBeNull();
  });
});
