/**
 * The canonical identity of a LinkedIn member: the slug of `/in/<slug>`. Locale prefixes, country
 * subdomains, query strings, fragments and sub-pages (`/in/x/details/experience/`) all map to one key.
 */
export interface ProfileRef {
  slug: string;
  url: string;
}

const linkedInHost = /^([a-z]{2,3}\.|www\.)?linkedin\.com$/i;

export function isLinkedInUrl(raw: string | undefined | null): boolean {
  const parsed = parse(raw);
  return parsed !== null && linkedInHost.test(parsed.hostname);
}

export function profileRefFromUrl(raw: string | undefined | null): ProfileRef | null {
  const parsed = parse(raw);
  if (!parsed || !linkedInHost.test(parsed.hostname)) return null;
  const match = /^\/in\/([^/]+)/i.exec(parsed.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]).trim().toLowerCase();
  } catch {
    return null;
  }
  if (!slug || slug.length > 200 || /[\s/?#<>"]/.test(slug)) return null;
  return { slug, url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` };
}

function parse(raw: string | undefined | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
