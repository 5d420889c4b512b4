import browser from 'webextension-polyfill';

/** The full address of one of Confab's own pages (a link's href must not be relative to the popup). */
export const confabPageUrl = (path: string) => browser.runtime.getURL(path);

/** Opens one of Confab's own pages in a new tab (the popup closes as the tab takes the focus). */
export function openConfabPage(path: string): void {
  void browser.tabs.create({ url: confabPageUrl(path) });
}

export const contactPagePath = (slug: string) => `src/options/contact.html?slug=${encodeURIComponent(slug)}`;

/** The options page, scrolled to one field (the options page focuses the element named in the hash). */
export const optionsFieldPath = (fieldId: string) => `src/options/index.html#${fieldId}`;
