/**
 * What a document says about whose profile it is, independent of the tab's URL. LinkedIn navigates
 * in-page: the URL can already name the next person while the document still shows the previous
 * one, so the capture script compares the two.
 */
import { profileRefFromUrl } from '../../core/contacts/profile-url.ts';
import { jsonLdPersons, personUrls } from './json-ld.ts';
import { clean } from './text.ts';

export interface PageIdentity {
  /**
   * Profile slugs the document claims, lowercased: canonical link, og:url and JSON-LD Person on public
   * pages; on logged-in pages (which have none of those) the subject's own section links.
   */
  slugs: string[];
  /** The person's name from `<title>` ("(3) Avery Quinlan | LinkedIn" → "Avery Quinlan"). */
  titleName: string | null;
}

/** Relative claims ("/in/x", "/authwall") are read against LinkedIn's own origin. */
export function slugOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    return profileRefFromUrl(new URL(raw, 'https://www.linkedin.com/').href)?.slug ?? null;
  } catch {
    return null;
  }
}

export function claimedSlugs(doc: Document): string[] {
  const claims: (string | null | undefined)[] = [];
  try {
    claims.push(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    claims.push(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  } catch {
    // a broken document claims nothing
  }
  for (const person of jsonLdPersons(doc)) claims.push(...personUrls(person));
  claims.push(...subjectLinks(doc));
  const slugs: string[] = [];
  for (const claim of claims) {
    const slug = slugOf(claim);
    if (slug && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

/**
 * Links only the profile's subject has: "Contact info" and other overlays, "Show all experiences"
 * (details; `/detail/` on 2018-2020 pages) and their activity. The viewer's own links point at /in/<viewer>/ without these.
 */
const subjectLinkSelector = ['/overlay/', '/details/', '/detail/', '/recent-activity/']
  .map((part) => `a[href*="/in/"][href*="${part}"]`)
  .join(',');

function subjectLinks(doc: Document): string[] {
  try {
    return Array.from(doc.querySelectorAll(subjectLinkSelector), (a) => a.getAttribute('href') ?? '');
  } catch {
    return [];
  }
}

/**
 * "Name | LinkedIn", "Name - Company | LinkedIn", "(12) Name | LinkedIn". Titles that are not
 * "something | LinkedIn" (the guest home, a bare "LinkedIn") name nobody.
 */
export function nameFromTitle(title: string | null | undefined): string | null {
  const text = clean(title);
  if (!text) return null;
  const match = /^(?:\(\d+\+?\)\s*)?(.+?)\s+\|\s+LinkedIn$/i.exec(text);
  if (!match?.[1]) return null;
  return clean(match[1].split(/\s+[-–—]\s+/)[0]);
}

/** Own-profile edit pages (pageKey nprofile_my_profile) title the action ("Edit Profile"), not the member. */
const editPageKey = /my_profile|profile_edit|edit_profile/i;

/** The member's name from the document's `<title>`, unless the title names something else. */
export function titleName(doc: Document): string | null {
  const pageKey = doc.querySelector('meta[name="pageKey"]')?.getAttribute('content');
  return pageKey && editPageKey.test(pageKey) ? null : nameFromTitle(doc.querySelector('title')?.textContent);
}

export function pageIdentity(doc: Document): PageIdentity {
  try {
    return { slugs: claimedSlugs(doc), titleName: titleName(doc) };
  } catch {
    return { slugs: [], titleName: null };
  }
}
