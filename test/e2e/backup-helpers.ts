import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Extension } from './launch.ts';
import { message, moveThrough, saveMadeUp } from './pipeline-messages.ts';

export const shots = '/tmp/shots/backup';
mkdirSync(shots, { recursive: true });

/** Every IndexedDB store of Confab's database, keys and rows, read from an extension page. */
export function databaseDump(page: Page): Promise<string> {
  return page.evaluate(`(async () => {
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const db = await request(indexedDB.open('confab'));
    const stores = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const store = db.transaction(name).objectStore(name);
      stores[name] = { keys: await request(store.getAllKeys()), rows: await request(store.getAll()) };
    }
    db.close();
    return JSON.stringify(stores);
  })()`);
}

/** The badge, the alarms, the notifications and chrome.storage.local, as the worker sees them. */
export async function browserState(extension: Extension, page: Page) {
  const worker = extension.context.serviceWorkers().at(-1) ?? (await extension.worker());
  const toolbar = (await worker.evaluate(`(async () => ({
    badge: await chrome.action.getBadgeText({}),
    alarms: (await chrome.alarms.getAll()).map((alarm) => alarm.name).sort(),
    notifications: Object.keys(await chrome.notifications.getAll()),
  }))()`)) as { badge: string; alarms: string[]; notifications: string[] };
  return { ...toolbar, storage: await page.evaluate(() => chrome.storage.local.get(null)) };
}

/**
 * Two people (one met yesterday, so a thank-you is pending on the badge), an employer, a draft with
 * markup in it, a conversation, and settings changed from their defaults.
 */
export async function seedData(page: Page): Promise<void> {
  const employer = await message<{ employer: { id: number } }>(page, 'saveEmployer', { name: 'City Museum', motivation: 2 });
  await saveMadeUp(page, 'kim-ode', 'Kim Ode', 'City Museum');
  await saveMadeUp(page, 'morgan-ellery', 'Morgan Ellery', 'Quarry Analytics');
  await moveThrough(page, 'kim-ode', ['requested', 'accepted', 'met'], new Date(Date.now() - 20 * 3_600_000));
  await message(page, 'updateContact', {
    slug: 'kim-ode',
    tags: ['prototype'],
    employerId: employer.employer.id,
    notes: '<script>alert("x")</script>',
  });
  await message(page, 'saveDraft', {
    slug: 'morgan-ellery',
    channel: 'email',
    subject: 'Hello',
    body: 'Hi Morgan, <b>twenty minutes</b>?',
  });
  await message(page, 'saveSettings', { premium: true, sender: { myName: 'Sam Rowe', field: 'museum education', minutes: 20 } });
  await page.evaluate(() => chrome.storage.local.set({ 'confab-draft-selection': { slug: 'morgan-ellery', channel: 'email' } }));
}

/** Serious and critical WCAG A/AA problems, in light and in dark, with a screenshot of each. */
export async function problems(page: Page, selector: string, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.locator(selector).screenshot({ path: `${shots}/${name}-${colorScheme}.png` });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      found.push(`${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
