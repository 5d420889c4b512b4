import type { Page } from 'playwright-core';
import type { Extension } from './launch.ts';

/**
 * Everything Confab keeps, read from an extension page: every IndexedDB store (keys and rows),
 * chrome.storage.local, the badge and the alarms. Two equal snapshots mean nothing changed.
 */
export async function confabSnapshot(extension: Extension, page: Page): Promise<string> {
  const stored = await page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('confab'));
    const stores: Record<string, unknown> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const store = db.transaction(name).objectStore(name);
      stores[name] = { keys: await request(store.getAllKeys()), rows: await request(store.getAll()) };
    }
    const version = db.version;
    db.close();
    return { version, stores, storage: await chrome.storage.local.get(null) };
  });
  const worker = extension.context.serviceWorkers().at(-1) ?? (await extension.worker());
  const toolbar = await worker.evaluate(async () => ({
    badge: await chrome.action.getBadgeText({}),
    alarms: (await chrome.alarms.getAll())
      .map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
  }));
  return JSON.stringify({ ...stored, ...toolbar }, null, 1);
}
