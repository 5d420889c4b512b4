import type { CDPSession, Page } from 'playwright-core';
import type { Extension } from './launch.ts';

/**
 * Stops the extension's service worker as Chrome does when it idles, then wakes it with a message it
 * refuses (so the message itself changes nothing): whatever the worker shows afterwards, it worked
 * out again on start.
 */
export async function restartWorker(extension: Extension, extensionPage: Page): Promise<void> {
  const before = await extension.worker();
  await before.evaluate(() => {
    (globalThis as { __confabAlive?: boolean }).__confabAlive = true;
  });
  const cdp = await extension.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const reply = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ wake: 'up' }));
  if ((reply as { ok?: boolean } | undefined)?.ok !== false) throw new Error('the woken worker should refuse the wake-up message');
}

/** True when the worker running now is not the one that was marked before the restart. */
export async function workerWasRestarted(extension: Extension): Promise<boolean> {
  const worker = extension.context.serviceWorkers().at(-1) ?? (await extension.worker());
  return worker.evaluate(() => (globalThis as { __confabAlive?: boolean }).__confabAlive !== true);
}

/**
 * Sends a message without waiting for the answer, stops the worker `afterMs` later over CDP (as Chrome
 * may at any moment), then wakes a fresh one with a message it refuses. `cdp` is a session on
 * `page` with ServiceWorker enabled.
 */
export async function sendThenStop(
  extension: Extension,
  page: Page,
  cdp: CDPSession,
  name: string,
  payload: unknown,
  afterMs: number,
): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate(() => ((globalThis as { __confabAlive?: boolean }).__confabAlive = true));
  await page.evaluate(
    ([n, p]) => {
      const pending = chrome.runtime.sendMessage({ confab: 1, name: n, payload: p }).catch((error: Error) => ({ thrown: error.message }));
      (globalThis as { __pending?: Promise<unknown> }).__pending = pending;
    },
    [name, payload] as const,
  );
  if (afterMs > 0) await new Promise((resolve) => setTimeout(resolve, afterMs));
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.evaluate(() => (globalThis as { __pending?: Promise<unknown> }).__pending);
  await page.evaluate(() => chrome.runtime.sendMessage({ wake: 'up' }));
  if (!(await workerWasRestarted(extension))) throw new Error('the worker was not restarted');
}
