import browser from 'webextension-polyfill';
import { dueSettingsOf } from '../core/settings.ts';
import type { ConfabDb } from '../db/database.ts';
import { thankYouSummary } from '../db/contacts-repo.ts';
import { readSettings } from '../db/settings-repo.ts';

export const badgeAlarm = 'confab-badge-refresh';
export const thankYouDueAlarm = 'confab-thank-you-due';

const calm = '#2f6f5e';
const overdue = '#b3261e';

/**
 * The badge is always recomputed from the database: the worker can be stopped at any moment, so it
 * keeps nothing in memory. Called on every start, after every change and on the alarms.
 */
export async function refreshBadge(db: ConfabDb, now: Date = new Date()): Promise<number> {
  const { thankYouOverdueHours, thankYouDelayHours } = dueSettingsOf(await readSettings(db));
  // The same rule as the Today view: late once the longer of the two limits has passed.
  const overdueMs = Math.max(thankYouOverdueHours, thankYouDelayHours) * 3_600_000;
  const cutoff = new Date(now.getTime() - overdueMs).toISOString();
  const { pending, oldestMetAt, nextMetAt } = await thankYouSummary(db, cutoff);
  const late = oldestMetAt !== null && oldestMetAt < cutoff;

  await browser.action.setBadgeText({ text: pending > 0 ? String(pending) : '' });
  await browser.action.setBadgeBackgroundColor({ color: late ? overdue : calm });
  await browser.action.setTitle({ title: badgeTitle(pending, late) });

  // Wake up when the next thank-you becomes overdue, so the badge turns red on time.
  if (nextMetAt && !late) await browser.alarms.create(thankYouDueAlarm, { when: Date.parse(nextMetAt) + overdueMs + 1_000 });
  else await browser.alarms.clear(thankYouDueAlarm);
  return pending;
}

export function badgeTitle(pending: number, late: boolean): string {
  if (pending === 0) return 'Confab — no thank-you notes pending';
  const notes = pending === 1 ? '1 thank-you note' : `${pending} thank-you notes`;
  return `Confab — ${notes} to write${late ? ' (overdue)' : ''}`;
}

/** A periodic safety net besides the recompute after each change. */
export async function ensureBadgeAlarm(): Promise<void> {
  const existing = await browser.alarms.get(badgeAlarm);
  if (!existing) await browser.alarms.create(badgeAlarm, { periodInMinutes: 30 });
}
