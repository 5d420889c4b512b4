/**
 * Reminders at their due time: one alarm for the next moment anything in the Today view changes,
 * re-armed on every start and after every change, and a notification when a reminder falls due (unless
 * the person turned them off). Like the badge, everything is recomputed from the database.
 */
import browser from 'webextension-polyfill';
import type { ConfabDb } from '../db/database.ts';
import { dueContacts, nextFollowUpMoment, settleFollowUps } from '../db/follow-ups.ts';
import { readSettings } from '../db/settings-repo.ts';
import { pagePath } from '../pages/pages.ts';

export const nextDueAlarm = 'confab-next-due';
const notifiedKey = 'confab-notified';
const notificationPrefix = 'confab-due:';
/** More than this at once (say, after a week away) becomes one summary. */
const maxSeparate = 3;

export function contactPageUrl(slug: string): string {
  return browser.runtime.getURL(pagePath('contact', { slug }));
}

/** The slug a Confab reminder notification is about, or null for other notifications. */
export function slugOfNotification(id: string): string | null {
  if (!id.startsWith(notificationPrefix)) return null;
  const slug = id.slice(notificationPrefix.length).split('|')[0];
  return slug ? slug : null;
}

async function notifyDue(db: ConfabDb, now: Date): Promise<void> {
  const settings = await readSettings(db);
  const due = await dueContacts(db, now);
  const fallen = due.flatMap(({ contact, items }) =>
    items.filter((item) => Date.parse(item.dueAt) <= now.getTime()).map((item) => ({ contact, item })),
  );
  const stored = ((await browser.storage.local.get(notifiedKey))[notifiedKey] as string[] | undefined) ?? [];
  const fresh = fallen.filter(({ item }) => !stored.includes(item.key));
  // A reminder done, dismissed or snoozed takes its notification with it.
  const gone = stored.filter((key) => !fallen.some(({ item }) => item.key === key));
  for (const key of gone) await browser.notifications.clear(`${notificationPrefix}${key}`);
  // Remember only what is still due, so the list does not grow; a new reminder gets a new key.
  await browser.storage.local.set({ [notifiedKey]: fallen.map(({ item }) => item.key) });
  if (!settings.notifications || fresh.length === 0) return;
  const iconUrl = browser.runtime.getURL('icons/icon-128.png');
  if (fresh.length > maxSeparate) {
    await browser.notifications.create(`${notificationPrefix}`, {
      type: 'basic',
      iconUrl,
      title: 'Confab',
      message: `${fresh.length} reminders are due. Open Confab’s Today view.`,
    });
    return;
  }
  for (const { contact, item } of fresh) {
    await browser.notifications.create(`${notificationPrefix}${item.key}`, {
      type: 'basic',
      iconUrl,
      title: item.label,
      message: contact.name,
    });
  }
}

export async function refreshReminders(db: ConfabDb, now: Date = new Date()): Promise<Date | null> {
  await settleFollowUps(db, now);
  await notifyDue(db, now);
  const next = await nextFollowUpMoment(db, now);
  if (next) await browser.alarms.create(nextDueAlarm, { when: Math.max(next.getTime(), now.getTime()) + 1_000 });
  else await browser.alarms.clear(nextDueAlarm);
  return next;
}
