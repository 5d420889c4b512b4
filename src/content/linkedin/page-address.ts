/**
 * What a LinkedIn address says about the page, by its path alone: a company page
 * (`/company/<slug>/…`) or part of a profile (`/in/<slug>/details/…`, `/recent-activity/…`,
 * `/overlay/…`, under `/mwlite/` too) rather than the profile itself.
 */
const companyPath = /^\/company\/([^/]+)(?:\/|$)/i;
const subpagePath = /^\/(?:mwlite\/)?in\/[^/]+\/(details|detail|recent-activity|overlay)(?:\/|$)/i;

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The company's slug, lowercased, for a company page's address; `unavailable` is LinkedIn's missing-page address. */
function companySlugOf(url: string): string | null {
  const encoded = companyPath.exec(pathOf(url) ?? '')?.[1];
  if (!encoded) return null;
  try {
    const slug = decodeURIComponent(encoded).trim().toLowerCase();
    return slug && slug.length <= 200 && !/[\s/?#<>"]/.test(slug) && slug !== 'unavailable' ? slug : null;
  } catch {
    return null;
  }
}

/**
 * The company page's slug: from the tab's address, or (when that is not a LinkedIn page, a saved
 * copy say) from the company address the page claims in its canonical link or og:url.
 */
export function companySlugOfPage(doc: Document, url: string): string | null {
  const fromUrl = companySlugOf(url);
  if (fromUrl || /^https?:\/\/([a-z]{1,3}\.|www\.|mobile\.)?linkedin\.com\//i.test(url)) return fromUrl;
  const claims = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const claim of claims) {
    const slug = claim ? companySlugOf(claim) : null;
    if (slug) return slug;
  }
  return null;
}

export const companyUrlOf = (slug: string) => `https://www.linkedin.com/company/${encodeURIComponent(slug)}/`;

/** Whether the address is part of a profile (its details, activity or an overlay), not the profile itself. */
export const isProfileSubpage = (url: string) => subpagePath.test(pathOf(url) ?? '');
