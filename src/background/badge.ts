import browser from 'webextension-polyfill';
import { dueSettingsOf } from '../core/settings/settings.ts';
import type { ConfabDb } from '../db/database.ts';
import { thankYouMoments } from '../core/reminders/thank-you.ts';
import { thankYouSummary } from '../db/contacts-repo.ts';
import { readSettings } from '../db/settings-repo.ts';

export const badgeAlarm = 'confab-badge-refresh';

const calm = '#2f6f5e';
const overdue = '#b3261e';

export interface BadgeState {
  pending: number;
  /** When the badge turns red next (the oldest pending note turning late), or null: red already, or none pending. */
  turnsLateAt: Date | null;
}

/**
 * The badge is always recomputed from the database: the worker can be stopped at any moment, so it
 * keeps nothing in memory. Called on every start, after every change and on the alarm. The oldest
 * meeting is the first to turn late; whether it has is the Today view's own thank-you rule.
 */
export async function refreshBadge(db: ConfabDb, now: Date = new Date()): Promise<BadgeState> {
  const timing = dueSettingsOf(await readSettings(db));
  const { pending, oldestMetAt } = await thankYouSummary(db);
  const overdueAt = oldestMetAt === null ? null : thankYouMoments(new Date(oldestMetAt), timing).overdueAt;
  const late = overdueAt !== null && overdueAt.getTime() <= now.getTime();

  await browser.action.setBadgeText({ text: pending > 0 ? String(pending) : '' });
  await browser.action.setBadgeBackgroundColor({ color: late ? overdue : calm });
  await browser.action.setTitle({ title: badgeTitle(pending, late) });
  return { pending, turnsLateAt: late ? null : overdueAt };
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
