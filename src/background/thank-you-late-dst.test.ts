/**
 * The badge turns red at the very instant the Today view marks the thank-you late: both ask the one
 * thank-you rule (core/thank-you.ts). Checked in New York and Berlin, across both clock changes of
 * 2026, for a meeting at 23:30, with the default timing and with another one.
 */
const previousZone = process.env.TZ;

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { defaultTimingSettings } from '../core/reminders/timing-settings.ts';
import type { ConfabDb } from '../db/database.ts';
import { saveContact } from '../db/contacts-repo.ts';
import { dueContacts } from '../db/follow-ups.ts';
import { moveContact } from '../db/moves-repo.ts';
import { writeSettings } from '../db/settings-repo.ts';

const calls = vi.hoisted(() => ({ color: [] as string[] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void calls.color.push(color),
      setTitle: async () => undefined,
    },
  },
}));

const { refreshBadge } = await import('./badge.ts');
const red = '#b3261e';

let db: ConfabDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});
afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

async function metAt(meeting: Date): Promise<ConfabDb> {
  const fresh = freshDb();
  const before = (days: number) => new Date(meeting.getTime() - days * 86_400_000);
  await saveContact(fresh, { fields: avery, capture: null }, before(3));
  await moveContact(fresh, 'avery-quinlan', 'requested', before(2));
  await moveContact(fresh, 'avery-quinlan', 'accepted', before(1));
  await moveContact(fresh, 'avery-quinlan', 'met', meeting);
  return fresh;
}

async function todayMarksLate(target: ConfabDb, now: Date): Promise<boolean> {
  const [due] = await dueContacts(target, now);
  const thankYou = due?.items.find((item) => item.kind === 'thank-you');
  expect(thankYou).toBeDefined();
  return thankYou!.overdue;
}

async function badgeIsRed(target: ConfabDb, now: Date): Promise<boolean> {
  await refreshBadge(target, now);
  return calls.color.at(-1) === red;
}

// Meetings the day before or on the clock change, so the hours to "late" cross it.
const cases = [
  { zone: 'America/New_York', spring: [2026, 2, 7, 15, 0], fall: [2026, 9, 31, 15, 0], winterOffset: 300 },
  { zone: 'Europe/Berlin', spring: [2026, 2, 28, 20, 0], fall: [2026, 9, 24, 23, 30], winterOffset: -60 },
] as const;

for (const { zone, spring, fall, winterOffset } of cases) {
  describe(`the badge turns red when Today marks the note late (${zone})`, () => {
    const local = (parts: readonly number[]) => {
      process.env.TZ = zone;
      return new Date(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!);
    };

    it('runs in that zone', () => {
      expect(local([2026, 0, 15, 12, 0]).getTimezoneOffset()).toBe(winterOffset);
    });

    const meetings = {
      'before the spring change': spring,
      'before the fall change': fall,
      'at 23:30 the night of the spring change': [spring[0], spring[1], spring[2], 23, 30],
    };
    for (const [when, parts] of Object.entries(meetings)) {
      for (const timing of [
        { thankYouDelayHours: 24, thankYouOverdueHours: 48 },
        { thankYouDelayHours: 12, thankYouOverdueHours: 30 },
      ]) {
        it(`${when}, due after ${timing.thankYouDelayHours} h, late after ${timing.thankYouOverdueHours} h`, async () => {
          const meeting = local(parts);
          db = await metAt(meeting);
          await writeSettings(db, {
            thankYouDelayHours: timing.thankYouDelayHours,
            timing: { ...defaultTimingSettings, thankYouOverdueHours: timing.thankYouOverdueHours },
          });
          const { turnsLateAt } = await refreshBadge(db, meeting);
          expect(turnsLateAt).not.toBeNull();
          const instant = turnsLateAt!;
          // The clock time of the meeting, a whole number of days (and hours) later, whatever the clock change did.
          const days = Math.floor(timing.thankYouOverdueHours / 24);
          const expected = new Date(meeting);
          expected.setDate(expected.getDate() + days);
          expected.setHours(expected.getHours() + (timing.thankYouOverdueHours % 24));
          expect(instant.toISOString()).toBe(expected.toISOString());

          const justBefore = new Date(instant.getTime() - 1);
          expect(await todayMarksLate(db, justBefore)).toBe(false);
          expect(await badgeIsRed(db, justBefore)).toBe(false);
          expect(await todayMarksLate(db, instant)).toBe(true);
          expect(await badgeIsRed(db, instant)).toBe(true);
        });
      }
    }
  });
}
