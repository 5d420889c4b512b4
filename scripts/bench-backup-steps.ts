/**
 * The steps the backup measures take in an options page of the extension: empty the database, restore
 * a backup held in the page through the `restoreBackup` message, and write rows with a bare Dexie
 * bulkPut. Code runs in the page as strings: tsx's name-keeping helper does not exist there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const contactCount =
  'new Promise((resolve) => { const open = indexedDB.open("confab"); open.onsuccess = () => { const r = open.result.transaction("contacts").objectStore("contacts").count(); r.onsuccess = () => { open.result.close(); resolve(r.result); }; }; })';

/** Empties the database through the extension's own message (untimed). */
export async function empty(page: Page): Promise<void> {
  const confirm = (await page.evaluate(contactCount)) as number;
  const reply = (await page.evaluate(
    (n) => chrome.runtime.sendMessage({ confab: 1, name: 'deleteEverything', payload: { confirm: n } }),
    confirm,
  )) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(`deleteEverything: ${reply.error}`);
}

/** Keeps backup texts in the page, so that moving them there is not timed. */
export async function holdBackups(page: Page, texts: Record<string, string>): Promise<void> {
  await page.evaluate((held) => void ((globalThis as { __confabBackups?: unknown }).__confabBackups = held), texts);
}

/** Milliseconds of one restore (replace) into an emptied database, from sending the text to the answer. */
export async function restoreOnce(page: Page, key: string): Promise<number> {
  await empty(page);
  const result = (await page.evaluate(`(async () => {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ confab: 1, name: 'restoreBackup', payload: { text: globalThis.__confabBackups[${JSON.stringify(key)}], mode: 'replace' } });
    return { ms: performance.now() - start, reply };
  })()`)) as { ms: number; reply: { ok: boolean; error?: string } };
  if (!result.reply.ok) throw new Error(`restoreBackup: ${result.reply.error}`);
  return result.ms;
}

/** Dexie's own build, evaluated into the page (CDP evaluation is not subject to the page's CSP). */
export async function loadDexie(page: Page): Promise<void> {
  const dexie = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js'), 'utf8');
  await page.evaluate(`(() => { const module = undefined, exports = undefined, define = undefined; ${dexie}\n})()`);
}

/** Keeps the rows the last restore wrote, as stored, for the bare bulkPut to write again. */
export async function keepRestoredRows(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const db = new Dexie('confab');
    await db.open();
    globalThis.__confabRows = { contacts: await db.table('contacts').toArray(), conversations: await db.table('conversations').toArray() };
    db.close();
  })()`);
}

/** Milliseconds of Dexie's bulkPut of those rows into emptied tables, in one transaction (the emptying untimed). */
export function bulkPutOnce(page: Page): Promise<number> {
  return page.evaluate(`(async () => {
    const db = new Dexie('confab');
    await db.open();
    const { contacts, conversations } = globalThis.__confabRows;
    await db.transaction('rw', 'contacts', 'conversations', () => Promise.all([db.table('contacts').clear(), db.table('conversations').clear()]));
    const start = performance.now();
    await db.transaction('rw', 'contacts', 'conversations', async () => {
      await db.table('contacts').bulkPut(contacts);
      await db.table('conversations').bulkPut(conversations);
    });
    const ms = performance.now() - start;
    db.close();
    return ms;
  })()`) as Promise<number>;
}
