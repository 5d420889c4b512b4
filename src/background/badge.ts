import browser from 'webextension-polyfill';
import { dueSettingsOf } from '../core/settings.ts';
import { pendingThankYous } from '../core/thank-you.ts';
import type { ConfabDb } from '../db/database.ts';
import { pendingContacts } from '../db/contacts-repo.ts';
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
  const [contacts, settings] = await Promise.all([pendingContacts(db), readSettings(db)]);
  // The same rule as the Follow-up list, so the badge and the list never disagree on what is overdue.
  const thankYous = pendingThankYous(contacts, dueSettingsOf(settings), now);
  const pending = thankYous.length;
  const late = thankYous.some((t) => t.overdue);
  const nextDue = thankYous.find((t) => !t.overdue)?.overdueAt;

  await browser.action.setBadgeText({ text: pending > 0 ? String(pending) : '' });
  await browser.action.setBadgeBackgroundColor({ color: late ? overdue : calm });
  await browser.action.setTitle({ title: badgeTitle(pending, late) });

  // Wake up when the next thank-you becomes overdue, so the badge turns red on time.
  if (nextDue && !late) await browser.alarms.create(thankYouDueAlarm, { when: Date.parse(nextDue) + 1_000 });
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
