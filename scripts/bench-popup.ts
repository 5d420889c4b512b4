/**
 * The popup's cold open, as the toolbar gives it: a new document each time, on the LinkedIn tab in front.
 *   P4  a new popup until the This page form is filled, one contact saved (the person on the page)
 *   P1  a new popup until Today's first rows, 30,000 contacts of which 10 are due
 *   both ÷ a blank extension page's first paint (the e2e build's bench-blank.html), the two opened in
 *   turn in the same run so they share the machine's load; every time from the document's navigation start.
 *   P13 the popup's JavaScript heap after GC, once This page, Today and Draft have been shown: 30,000
 *       contacts ÷ none (a view that reads a whole table shows here).
 */
import type { Page } from 'playwright-core';
import { pages } from '../test/e2e/fixture-pages.ts';
import { openLinkedIn, type Extension } from '../test/e2e/launch.ts';
import { benchBlankPage } from '../vite.config.ts';
import type { Measure } from './bench-pipeline.ts';
import { seed } from './bench-seed.ts';

const runs = 15;
const warmUps = 2;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Milliseconds from the document's start to a mark (or paint entry) once it is there. The read is a
 * string: tsx's name-keeping helper does not exist inside the page (the CSP forbids a string predicate).
 */
async function entryTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, name, { timeout: 30_000 });
  return (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0].startTime`)) as number;
}

/**
 * Clicks Today in each new popup document the moment its tab exists, as a person's click would come
 * (with no round trip of the bench in between). An init script: it runs in the document before the popup's own.
 */
const clickTodayWhenShown = `(() => {
  const click = () => {
    const tab = document.getElementById('tab-today');
    if (!tab) return false;
    tab.click();
    return true;
  };
  const observer = new MutationObserver(() => click() && observer.disconnect());
  document.addEventListener('DOMContentLoaded', () => click() || observer.observe(document.body, { childList: true, subtree: true }));
})()`;

interface Opened {
  view: number;
  blank: number;
}

/** `runs` new popup documents until `mark`, each followed by a new blank page until its first paint. */
async function coldOpens(extension: Extension, popup: Page, blank: Page, mark: string): Promise<Opened> {
  const views: number[] = [];
  const blanks: number[] = [];
  const blankUrl = `chrome-extension://${extension.id}/${benchBlankPage}`;
  for (let i = 0; i < warmUps + runs; i++) {
    await popup.goto(extension.popupUrl);
    const view = await entryTime(popup, mark);
    await blank.goto(blankUrl);
    const paint = await entryTime(blank, 'first-paint');
    if (i < warmUps) continue;
    views.push(view);
    blanks.push(paint);
  }
  return { view: median(views), blank: median(blanks) };
}

/** The popup and the blank page as tabs behind the LinkedIn one, which stays in front for the popup to read. */
async function popupTabs(extension: Extension, profile: Page): Promise<{ popup: Page; blank: Page; close: () => Promise<void> }> {
  const popup = await extension.context.newPage();
  const blank = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await blank.setViewportSize({ width: 400, height: 600 });
  await profile.bringToFront();
  return { popup, blank, close: () => Promise.all([popup.close(), blank.close()]).then(() => undefined) };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** P4: with the person on the page saved, so the form also shows their status and what changed. */
export async function formRatio(extension: Extension): Promise<Measure> {
  const profile = await openLinkedIn(extension, pages.avery.url);
  const seeder = await optionsPage(extension);
  await seed(seeder, 0, new Date());
  const tabs = await popupTabs(extension, profile);
  try {
    await tabs.popup.goto(extension.popupUrl);
    await tabs.popup.getByRole('button', { name: 'Save as prospect' }).click();
    await tabs.popup.getByTestId('saved-status').waitFor();
    const { view, blank } = await coldOpens(extension, tabs.popup, tabs.blank, 'confab:form-filled');
    return {
      value: ratio(view, blank),
      goal: '<= 1.5',
      detail: `median of ${runs} new documents from their navigation start: popup on a saved profile to the filled form ${ms(view)}; blank extension page to its first paint ${ms(blank)}`,
    };
  } finally {
    await tabs.close();
    await seeder.close();
    await profile.close();
  }
}

/** P1 and P13, on one seeded database: 30,000 contacts (10 due), then none for the heap's baseline. */
export async function atScale(extension: Extension): Promise<{ P1: Measure; P13: Measure }> {
  const count = 30_000;
  const profile = await openLinkedIn(extension, pages.avery.url);
  const seeder = await optionsPage(extension);
  await seed(seeder, count, new Date());
  const tabs = await popupTabs(extension, profile);
  try {
    await tabs.popup.addInitScript(clickTodayWhenShown);
    const { view, blank } = await coldOpens(extension, tabs.popup, tabs.blank, 'confab:today-rows');
    const rows = await tabs.popup.locator('.today-group').count();
    if (rows === 0) throw new Error('Today showed no group with 10 contacts due');
    const many = await heapAfterEveryView(extension);
    await seed(seeder, 0, new Date());
    const none = await heapAfterEveryView(extension);
    return {
      P1: {
        value: ratio(view, blank),
        goal: '<= 1.5',
        detail: `median of ${runs} new documents from their navigation start: popup to Today's first rows (Today clicked as soon as its tab exists), ${count.toLocaleString('en')} contacts with 10 due, ${ms(view)}; blank extension page to its first paint ${ms(blank)}`,
      },
      P13: {
        value: ratio(many, none),
        goal: '<= 1.2',
        detail: `popup JS heap after GC (Runtime.getHeapUsage), This page, Today and Draft shown, median of 3: ${count.toLocaleString('en')} contacts ${(many / 1e6).toFixed(1)} MB; none ${(none / 1e6).toFixed(1)} MB`,
      },
    };
  } finally {
    await tabs.close();
    await seeder.close();
    await profile.close();
  }
}

/** A new popup on the LinkedIn tab, every view shown once, then the heap after a full collection. */
async function heapAfterEveryView(extension: Extension): Promise<number> {
  const sizes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const profile = await openLinkedIn(extension, pages.avery.url);
    const popup = await extension.context.newPage();
    await profile.bringToFront();
    await popup.goto(extension.popupUrl);
    await entryTime(popup, 'confab:form-filled');
    await popup.getByRole('tab', { name: 'Today' }).click();
    await entryTime(popup, 'confab:today-rows');
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.locator('#draft-message, .panel .notice').first().waitFor();
    const cdp = await extension.context.newCDPSession(popup);
    await cdp.send('HeapProfiler.collectGarbage');
    sizes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    await cdp.detach();
    await popup.close();
    await profile.close();
  }
  return median(sizes);
}

async function optionsPage(extension: Extension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(extension.popupUrl.replace('popup/index.html', 'options/index.html'));
  return page;
}
