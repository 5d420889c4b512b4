/**
 * The canonical identity of a LinkedIn member: the slug of `/in/<slug>`. Country and mobile
 * subdomains, query strings, fragments, percent-encoding, case and sub-pages
 * (`/in/x/details/experience/`) all map to one key. The pre-2016 public form
 * `/pub/<name>/<a>/<b>/<c>` is the same member as `/in/<name>-<c><b><a>`: LinkedIn redirects one to
 * the other, so both get that key.
 */
export interface ProfileRef {
  slug: string;
  url: string;
}

const linkedInHost = /^([a-z]{1,3}\.|www\.|mobile\.)?linkedin\.com$/i;

export function isLinkedInUrl(raw: string | undefined | null): boolean {
  const parsed = parse(raw);
  return parsed !== null && linkedInHost.test(parsed.hostname);
}

export function profileRefFromUrl(raw: string | undefined | null): ProfileRef | null {
  const parsed = parse(raw);
  if (!parsed || !linkedInHost.test(parsed.hostname)) return null;
  const encoded = slugPart(parsed.pathname);
  if (!encoded) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(encoded).trim().toLowerCase();
  } catch {
    return null;
  }
  if (!slug || slug.length > 200 || /[\s/?#<>"]/.test(slug)) return null;
  return { slug, url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` };
}

/** The encoded slug of `/in/<slug>` (also under `/mwlite/`), or the one a `/pub/` address stands for. */
function slugPart(pathname: string): string | null {
  const vanity = /^\/(?:mwlite\/)?in\/([^/]+)/i.exec(pathname);
  if (vanity?.[1]) return vanity[1];
  const pub = /^\/pub\/([^/]+)\/([0-9a-f]{1,3})\/([0-9a-f]{1,3})\/([0-9a-f]{1,3})(?:\/|$)/i.exec(pathname);
  if (pub?.[1] && pub[2] && pub[3] && pub[4]) return `${pub[1]}-${pub[4]}${pub[3]}${pub[2]}`;
  return null;
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
