import { afterEach, describe, expect, it, vi } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import type { ConfabDb } from '../db/database.ts';
import { saveContact } from '../db/contacts-repo.ts';
import { moveContact } from '../db/moves-repo.ts';

const calls = vi.hoisted(() => ({
  text: [] as string[],
  color: [] as string[],
  title: [] as string[],
  alarms: new Map<string, unknown>(),
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void calls.text.push(text),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void calls.color.push(color),
      setTitle: async ({ title }: { title: string }) => void calls.title.push(title),
    },
    alarms: {
      create: async (name: string, info: unknown) => void calls.alarms.set(name, info),
      clear: async (name: string) => calls.alarms.delete(name),
      get: async (name: string) => calls.alarms.get(name),
    },
  },
}));

const { refreshBadge, badgeTitle } = await import('./badge.ts');

let db: ConfabDb;
afterEach(async () => {
  await db?.delete();
  calls.text.length = 0;
  calls.alarms.clear();
});

/** Saved three days before the meeting, requested and accepted in between: moves are dated in order. */
async function metAt(iso: string) {
  const daysBefore = (n: number) => new Date(Date.parse(iso) - n * 86_400_000);
  await saveContact(db, { fields: avery, capture: null }, daysBefore(3));
  await moveContact(db, 'avery-quinlan', 'requested', daysBefore(2));
  await moveContact(db, 'avery-quinlan', 'accepted', daysBefore(1));
  await moveContact(db, 'avery-quinlan', 'met', new Date(iso));
}

describe('the toolbar badge, from the database alone', () => {
  it('is empty with nothing pending', async () => {
    db = freshDb();
    expect(await refreshBadge(db)).toEqual({ pending: 0, turnsLateAt: null });
    expect(calls.text.at(-1)).toBe('');
  });

  it('counts the pending thank-you and says when it turns overdue (48 hours by default)', async () => {
    db = freshDb();
    await metAt('2026-11-23T10:00:00Z');
    expect(await refreshBadge(db, new Date('2026-11-23T12:00:00Z'))).toEqual({ pending: 1, turnsLateAt: new Date('2026-11-25T10:00:00Z') });
    expect(calls.text.at(-1)).toBe('1');
    expect(calls.color.at(-1)).toBe('#2f6f5e');
  });

  it('turns red once the thank-you is overdue', async () => {
    db = freshDb();
    await metAt('2026-11-20T10:00:00Z');
    expect(await refreshBadge(db, new Date('2026-11-23T12:00:00Z'))).toEqual({ pending: 1, turnsLateAt: null });
    expect(calls.color.at(-1)).toBe('#b3261e');
    expect(calls.title.at(-1)).toBe('Confab — 1 thank-you note to write (overdue)');
  });

  it('says how many notes are waiting in its tooltip', () => {
    expect(badgeTitle(0, false)).toBe('Confab — no thank-you notes pending');
    expect(badgeTitle(3, false)).toBe('Confab — 3 thank-you notes to write');
  });
});
