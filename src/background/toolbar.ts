/**
 * After every change, on every start and when the one alarm fires: the reminders (notifications and the
 * next moment anything changes), then the badge. One alarm covers both: the next moment a reminder
 * appears or turns late, or the badge turns red (a thank-you dismissed from Today still counts on the
 * badge), whichever comes first; the periodic badge alarm is only a safety net.
 */
import browser from 'webextension-polyfill';
import type { ConfabDb } from '../db/database.ts';
import { refreshBadge } from './badge.ts';
import { nextDueAlarm, refreshReminders } from './reminders.ts';

export async function refreshToolbar(db: ConfabDb, now: Date = new Date()): Promise<number> {
  const next = await refreshReminders(db, now);
  const { pending, turnsLateAt } = await refreshBadge(db, now);
  if (turnsLateAt && (next === null || turnsLateAt.getTime() < next.getTime())) {
    await browser.alarms.create(nextDueAlarm, { when: Math.max(turnsLateAt.getTime(), now.getTime()) + 1_000 });
  }
  return pending;
}
