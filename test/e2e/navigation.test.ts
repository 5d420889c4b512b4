/**
 * LinkedIn swaps profiles without reloading. A capture started while a swap is under way must give the
 * profile of the URL once it is shown, or say the page is stale; never a mix of two people. And a
 * capture leaves nothing behind in the page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages, readFixture } from './fixture-pages.ts';
import { launchExtension, openLinkedIn, type Extension } from './launch.ts';

let extension: Extension;
let popup: Page;

beforeAll(async () => {
  extension = await launchExtension();
  popup = await extension.context.newPage();
  await popup.goto(extension.popupUrl);
});
afterAll(async () => extension?.close());

const expected = (file: string): unknown => JSON.parse(readFixture(file.replace(/\.html$/, '.expected.json')));

/** Injects the built capture script into the LinkedIn tab, as the popup does, and returns its answer. */
function capture(): Promise<unknown> {
  return popup.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['src/content/capture.js'] });
    return frame.result;
  })()`);
}

/**
 * Schedules, inside the page, the steps of a swap to `html`: `url` (pushState), `head` (title, canonical
 * link), `top` (the top card replaces the old one and the old sections go, as Ember tears them down),
 * `rest` (the new sections arrive); each after its delay in ms from now.
 */
async function scheduleSwap(page: Page, html: string, url: string, at: { url: number; head: number; top: number; rest: number }) {
  await page.evaluate(`(() => {
    const next = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html');
    const adopt = (nodes) => Array.from(nodes, (node) => document.importNode(node, true));
    const steps = {
      url: () => history.pushState({}, '', ${JSON.stringify(url)}),
      head: () => { document.title = next.title; document.head.replaceChildren(...adopt(next.head.childNodes)); },
      top: () => {
        const oldProfile = document.querySelector('section.profile');
        const newProfile = next.querySelector('section.profile');
        oldProfile.replaceChildren(...adopt([newProfile.querySelector('section.top-card-layout')]));
      },
      rest: () => document.body.replaceChildren(...adopt(next.body.childNodes)),
    };
    for (const [step, delay] of Object.entries(${JSON.stringify(at)})) {
      if (delay === 0) steps[step](); else setTimeout(steps[step], delay);
    }
  })()`);
}

describe('a capture during an in-page navigation', () => {
  it('URL first, page a moment later: waits and captures the new person whole', async () => {
    const page = await openLinkedIn(extension, pages.avery.url);
    await scheduleSwap(page, readFixture(pages.jordan.file), pages.jordan.url, { url: 0, head: 500, top: 500, rest: 500 });
    expect(await capture()).toEqual(expected(pages.jordan.file));
    await page.close();
  });

  it('the other way round, with a slow swap (head, then top card, then sections): never a mix', async () => {
    const page = await openLinkedIn(extension, pages.jordan.url);
    await scheduleSwap(page, readFixture(pages.avery.file), pages.avery.url, { url: 0, head: 300, top: 700, rest: 1100 });
    expect(await capture()).toEqual(expected(pages.avery.file));
    await page.close();
  });

  it('page first, URL after: waits for the URL and captures the person shown', async () => {
    const page = await openLinkedIn(extension, pages.avery.url);
    await scheduleSwap(page, readFixture(pages.jordan.file), pages.jordan.url, { head: 0, top: 0, rest: 0, url: 500 });
    expect(await capture()).toEqual(expected(pages.jordan.file));
    await page.close();
  });

  it('a page that never catches up is reported stale, naming whom it still shows', async () => {
    const page = await openLinkedIn(extension, pages.avery.url);
    await page.evaluate(`history.pushState({}, '', '/in/jordan-reyes-data/')`);
    expect(await capture()).toEqual({ kind: 'stale', urlSlug: 'jordan-reyes-data', shownName: 'Avery Quinlan' });
    await page.close();
  });
});

/** Every event listener on the page's window and document tree, in any world. */
async function listenerCount(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
  return listeners.length;
}

describe('a capture is invisible to the page', () => {
  // The pending page exercises the relationship reader too (badge, mutuals, pending button).
  it.each([
    ['a public profile', pages.avery.url, { kind: 'profile', slug: 'avery-quinlan' }],
    ['a 2nd-degree profile with a pending invitation', pages.pendingPt.url, { kind: 'profile', degree: 2, invitationPending: true }],
  ])('on %s: adds nothing to the DOM and leaves no globals or listeners, in the page or in Confab’s own world', async (_, url, read) => {
    const page = await openLinkedIn(extension, url);
    const cdp = await extension.context.newCDPSession(page);
    const snapshot = async () => ({
      html: await page.evaluate(() => document.documentElement.outerHTML),
      pageGlobals: await page.evaluate(() => Object.getOwnPropertyNames(window).sort()),
      confabGlobals: await popup.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
        const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => Object.getOwnPropertyNames(globalThis).sort() });
        return frame.result;
      })()`),
      windowListeners: await listenerCount(cdp, 'window'),
      documentListeners: await listenerCount(cdp, 'document'),
    });
    const before = await snapshot();
    expect(await capture()).toMatchObject(read);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.confabGlobals).not.toContain('__confabCapture');
    await cdp.detach();
    await page.close();
  });
});
