import browser from 'webextension-polyfill';
import { pagePath, type PageArgs, type PageName } from '../pages/pages.ts';

/** The full address of one of Confab's own pages (a link's href must not be relative to the popup). */
export function pageUrl<P extends PageName>(page: P, ...args: PageArgs<P>): string {
  return browser.runtime.getURL(pagePath(page, ...args));
}

/** Opens one of Confab's own pages in a new tab (the popup closes as the tab takes the focus). */
export function openPage<P extends PageName>(page: P, ...args: PageArgs<P>): void {
  void browser.tabs.create({ url: pageUrl(page, ...args) });
}
