/**
 * "Delete everything": the database, and what lives beside it (the extension's storage, its alarms,
 * its notifications, the badge), so that afterwards Confab holds nothing of the person's.
 */
import browser from 'webextension-polyfill';
import type { ConfabDb } from '../db/database.ts';
import { deleteAllData } from '../db/backup-repo.ts';
import { refreshBadge } from './badge.ts';

/** What lives outside the database, as functions so a unit test can watch each. */
export interface OutsideTheDatabase {
  refreshBadge: (db: ConfabDb) => Promise<unknown>;
  clearNotifications: () => Promise<void>;
  clearAlarms: () => Promise<void>;
  clearStorage: () => Promise<void>;
}

const browserState: OutsideTheDatabase = {
  refreshBadge: (db) => refreshBadge(db),
  // getAll lists only this extension's notifications: every one is Confab's.
  clearNotifications: async () => {
    for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id);
  },
  clearAlarms: async () => void (await browser.alarms.clearAll()),
  clearStorage: () => browser.storage.local.clear(),
};

export async function deleteEverything(
  db: ConfabDb,
  confirmedContacts: number,
  outside: OutsideTheDatabase = browserState,
): Promise<{ contacts: number }> {
  const contacts = await deleteAllData(db, confirmedContacts);
  // The badge first: recomputed from the empty database it clears, and arms no alarm. Then the
  // rest, storage last, since the reminders write their list of notified items there.
  await outside.refreshBadge(db);
  await outside.clearNotifications();
  await outside.clearAlarms();
  await outside.clearStorage();
  return { contacts };
}
