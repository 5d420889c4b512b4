import type { Page } from 'playwright-core';

/**
 * Moving contacts along the pipeline the way the extension's own pages do: by messages to the
 * background from an extension page (the popup opened as a tab). The popup no longer lists every
 * contact with a Move menu (the contacts page does), so tests set the stage through these instead.
 */
export async function message<T = unknown>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([n, p]) => chrome.runtime.sendMessage({ confab: 1, name: n, payload: p }), [
    name,
    payload,
  ] as const)) as { ok: true; value: T } | { ok: false; error: string };
  if (!reply.ok) throw new Error(`${name} was refused: ${reply.error}`);
  return reply.value;
}

/** Moves a contact through each status in turn; `heldAt` goes with the move to met. */
export async function moveThrough(page: Page, slug: string, statuses: readonly string[], heldAt?: Date): Promise<void> {
  for (const to of statuses)
    await message(page, 'moveContact', { slug, to, ...(to === 'met' && heldAt ? { heldAt: heldAt.toISOString() } : {}) });
}

/** A made-up person saved without a LinkedIn page (the form's fields only). */
export async function saveMadeUp(page: Page, slug: string, name: string, company: string): Promise<void> {
  const fields = {
    name,
    headline: '',
    currentTitle: 'Engineer',
    currentCompany: company,
    location: '',
    url: `https://www.linkedin.com/in/${slug}/`,
    notes: '',
  };
  await message(page, 'saveContact', { fields, capture: null });
}

/** The stored contact record, read straight from IndexedDB (undefined when there is none). */
export function storedContact(page: Page, slug: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('confab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('contacts').objectStore('contacts').get(key);
          get.onsuccess = () => {
            resolve(get.result as Record<string, unknown> | undefined);
            open.result.close();
          };
        };
      }),
    slug,
  );
}

/**
 * Dates a request back to `at`, as if it had been sent then: the background has no clock to set, so
 * the record is rewritten the way a past session would have stored it (its reminders counting from
 * then, `followUpAt` at the request so the due query finds it).
 */
export async function backdateRequest(page: Page, slug: string, at: Date): Promise<void> {
  await page.evaluate(
    ([key, iso]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('confab');
        open.onsuccess = () => {
          const tx = open.result.transaction('contacts', 'readwrite');
          const store = tx.objectStore('contacts');
          const get = store.get(key);
          get.onsuccess = () => store.put({ ...get.result, requestedAt: iso, statusChangedAt: iso, followUpAt: iso });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [slug, at.toISOString()] as const,
  );
}
