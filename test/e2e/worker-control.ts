import type { Page } from 'playwright-core';
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
