/**
 * What kind of LinkedIn page a document is: a profile, a sign-in wall, a "page doesn't exist"
 * page, or something else (feed, search, company...). A profile is recognised by its markup (an
 * era marker from selectors.ts or a JSON-LD Person), so the sign-in modals every logged-out
 * profile carries never make it an auth wall.
 */
import { jsonLdPersons } from './json-ld.ts';
import { eras } from './selectors.ts';
import { clean } from './text.ts';

export type PageKind = 'profile' | 'authwall' | 'not-found' | 'unsupported';

interface Signals {
  /** Path of the page's URL or of its canonical link / og:url. */
  path: RegExp;
  /** `<meta name="pageKey">`. */
  pageKey: RegExp;
  title: RegExp;
  /** Markup only this kind of page has. */
  selector: string;
}

const authwall: Signals = {
  path: /^\/(authwall|login|signup|uas\/login|checkpoint)\b/i,
  pageKey: /auth_?wall|guest-home|^d_checkpoint|login|signup/i,
  title: /^(sign ?up|sign ?in|log ?in|join linkedin|linkedin login)\b.*\|\s*linkedin$|^linkedin: log in or sign up$/i,
  selector:
    '.authwall-sign-in-form, .authwall-join-form, .join-form, [data-test-id="authwall"], [data-test-id="hero__headline"]',
};

const notFound: Signals = {
  path: /^\/(404|in\/unavailable)\b/i,
  pageKey: /not_?found|404|unavailable/i,
  title: /page not found|profile not found|not available|doesn.t exist|\b404\b/i,
  selector: '.not-found, .profile-unavailable, [data-test-id="not-found"], .error-404',
};

function pathOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    return new URL(raw, 'https://www.linkedin.com/').pathname;
  } catch {
    return null;
  }
}

function matches(doc: Document, url: string, signals: Signals): boolean {
  const paths = [
    pathOf(url),
    pathOf(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    pathOf(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')),
  ];
  if (paths.some((path) => path !== null && signals.path.test(path))) return true;
  const pageKey = doc.querySelector('meta[name="pageKey"]')?.getAttribute('content');
  if (pageKey && signals.pageKey.test(pageKey)) return true;
  const title = clean(doc.querySelector('title')?.textContent);
  if (title && signals.title.test(title)) return true;
  return doc.querySelector(signals.selector) !== null;
}

/** The eras whose markup the document carries, best first. */
export function activeEras(doc: Document): typeof eras {
  return eras.filter((era) => {
    try {
      return doc.querySelector(era.marker) !== null;
    } catch {
      return false;
    }
  });
}

export function pageKind(doc: Document, url: string): PageKind {
  if (activeEras(doc).length > 0 || jsonLdPersons(doc).length > 0) return 'profile';
  if (matches(doc, url, authwall)) return 'authwall';
  if (matches(doc, url, notFound)) return 'not-found';
  return 'unsupported';
}
