/**
 * What kind of LinkedIn page a document is: a profile, part of one (its details, activity or an
 * overlay, known by the address), a company page, a sign-in wall, a "page doesn't exist" page, or
 * something else (feed, search...). A profile is recognised first, by its markup
 * (an era marker or a JSON-LD Person) or by the URL's (or a claimed) member profile in its embedded
 * JSON (pages not rendered yet), so the sign-in modals every logged-out profile carries never make it an auth
 * wall; the other kinds by the signals in selectors.ts.
 */
import { profileRefFromUrl } from '../../core/contacts/profile-url.ts';
import { hasEmbeddedProfile } from './embedded-json.ts';
import { jsonLdPersons } from './json-ld.ts';
import { companySlugOfPage, isProfileSubpage } from './page-address.ts';
import { claimedSlugs } from './page-identity.ts';
import type { PageSignals } from './selector-types.ts';
import { eras, pageSignals } from './selectors.ts';
import { clean } from './text.ts';

export type PageKind = 'profile' | 'company' | 'subpage' | 'authwall' | 'not-found' | 'unsupported';

function pathOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    return new URL(raw, 'https://www.linkedin.com/').pathname;
  } catch {
    return null;
  }
}

function pathMatches(doc: Document, url: string, signals: PageSignals): boolean {
  const paths = [
    pathOf(url),
    pathOf(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    pathOf(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')),
  ];
  if (paths.some((path) => path !== null && signals.path.test(path))) return true;
  const pageKey = doc.querySelector('meta[name="pageKey"]')?.getAttribute('content');
  return Boolean(pageKey && signals.pageKey.test(pageKey));
}

/** What the page says it is: its address, page key, title, og:title and main heading. */
function saysItIs(doc: Document, url: string, signals: PageSignals): boolean {
  if (pathMatches(doc, url, signals)) return true;
  const statements = [
    doc.querySelector('title')?.textContent,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.querySelector('h1')?.textContent,
  ];
  return statements.some((statement) => {
    const text = clean(statement);
    return Boolean(text && signals.title.test(text));
  });
}

/** Markup this kind of page carries; weaker than what it says (every logged-out page has a sign-in form). */
const hasMarkup = (doc: Document, signals: PageSignals) => doc.querySelector(signals.selector) !== null;

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

/** The URL's member first; then the ones the document claims (the URL may already name the next one). */
const embedsProfile = (doc: Document, url: string) => hasEmbeddedProfile(doc, [profileRefFromUrl(url)?.slug, ...claimedSlugs(doc)]);

/** `active`: the document's active eras, when the caller has them already (each marker is a page scan). */
export function pageKind(doc: Document, url: string, active: typeof eras = activeEras(doc)): PageKind {
  // Part of a profile carries its header (and an overlay the whole profile behind it): never the profile.
  if (isProfileSubpage(url)) return 'subpage';
  // A logged-out company page shares the profile's top-card-layout markup: its address decides.
  const company = companySlugOfPage(doc, url) !== null;
  if (!company && (active.length > 0 || jsonLdPersons(doc).length > 0 || embedsProfile(doc, url))) return 'profile';
  // A missing profile's page carries the sign-in form too: what a page says it is decides first.
  if (saysItIs(doc, url, pageSignals.notFound)) return 'not-found';
  if (saysItIs(doc, url, pageSignals.authwall)) return 'authwall';
  if (company) return 'company';
  if (hasMarkup(doc, pageSignals.notFound)) return 'not-found';
  if (hasMarkup(doc, pageSignals.authwall)) return 'authwall';
  return 'unsupported';
}
