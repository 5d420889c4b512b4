/**
 * The one registry of Confab's extension pages: where each one lives and what it is opened with. Every
 * link between pages, the popup's buttons, the background's notifications, the tests and the scripts
 * build their addresses here, so a page can move without a hunt for hand-built URLs.
 */
export const pageFiles = {
  popup: 'src/pages/popup/index.html',
  options: 'src/pages/options/index.html',
  contacts: 'src/pages/contacts/index.html',
  contact: 'src/pages/contact/index.html',
  conversation: 'src/pages/conversation/index.html',
  employers: 'src/pages/employers/index.html',
  network: 'src/pages/network/index.html',
  import: 'src/pages/import/index.html',
} as const;

export type PageName = keyof typeof pageFiles;

/** What each page is opened with: the contact's key for the pages about one person. */
interface PageParams {
  popup: Record<string, never>;
  options: Record<string, never>;
  /** The list's search and filters, as the contacts page keeps them in its address. */
  contacts: Partial<Record<'q' | 'status' | 'tag' | 'employer' | 'archived', string>>;
  contact: { slug: string };
  conversation: { slug: string };
  employers: Record<string, never>;
  /** The pool's search and its "at my target employers" filter, as the network page keeps them in its address. */
  network: Partial<Record<'q' | 'sort' | 'targets', string>>;
  import: Record<string, never>;
}

export type PageArgs<P extends PageName> =
  Record<never, never> extends PageParams[P] ? [params?: PageParams[P], hash?: string] : [params: PageParams[P], hash?: string];

/**
 * The page's path from the extension's root, with its parameters and an optional fragment (a section or
 * a field to focus): for `runtime.getURL`, or with a leading slash as a link from another page.
 */
export function pagePath<P extends PageName>(page: P, ...[params, hash]: PageArgs<P>): string {
  const query = new URLSearchParams(Object.entries(params ?? {}) as Array<[string, string]>).toString();
  return `${pageFiles[page]}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/** A link from one extension page to another. */
export function pageHref<P extends PageName>(page: P, ...args: PageArgs<P>): string {
  return `/${pagePath(page, ...args)}`;
}

/** The reading side: the contact a page about one person was opened for ('' when none). */
export function slugOfPage(search: string): string {
  return new URLSearchParams(search).get('slug')?.trim() ?? '';
}
