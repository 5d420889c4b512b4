import type { CaptureOutcome, Extraction } from '../core/contacts/profile.ts';
import type { PageIdentity } from './linkedin/page-identity.ts';

/**
 * LinkedIn swaps pages without reloading: for a moment the URL names the new person while the document
 * still shows the previous one, or shows both (a new top card over the previous person's sections).
 * An extraction belongs to the URL only when nothing the document claims about itself (canonical URL,
 * og:url, JSON-LD, the subject's section links, the name in <title>) points at someone else.
 */
export function belongsToUrl(extraction: Extraction, identity: PageIdentity): boolean {
  if (extraction.kind !== 'profile') return true;
  if (identity.slugs.some((slug) => slug !== extraction.slug)) return false;
  if (identity.titleName && extraction.name && !sameGivenName(identity.titleName, extraction.name)) return false;
  return true;
}

/** Logged-out pages shorten surnames ("Avery Q."), so only the first name has to agree. */
function sameGivenName(a: string, b: string): boolean {
  const first = (name: string) => name.trim().toLowerCase().split(/\s+/u)[0] ?? '';
  return first(a) === first(b);
}

export interface SettleOptions {
  read: () => { extraction: Extraction; identity: PageIdentity };
  wait: (ms: number) => Promise<void>;
  /** How long to wait for the page to settle before saying so. */
  timeoutMs?: number;
  intervalMs?: number;
  /** After a swap, how long the page must read the same before it counts as settled. */
  steadyMs?: number;
}

/**
 * Reads the page until it describes the profile of the current URL with at least a name, or gives
 * up: then a page still showing someone else is reported as `stale`, never returned as a mix. A page
 * that was mid-swap must then read the same for `steadyMs` (LinkedIn renders the top card first and
 * the sections as they arrive); a page that is right at once is returned at once.
 */
export async function captureWhenSettled(options: SettleOptions): Promise<CaptureOutcome> {
  const { read, wait, timeoutMs = 3_000, intervalMs = 200, steadyMs = 600 } = options;
  let waited = 0;
  let previous: string | null = null;
  let sameFor = 0;
  for (;;) {
    const { extraction, identity } = read();
    const belongs = belongsToUrl(extraction, identity);
    const loaded = extraction.kind !== 'profile' || extraction.name !== null;
    const current = JSON.stringify(extraction);
    sameFor = current === previous ? sameFor + intervalMs : 0;
    const steady = waited === 0 || sameFor >= steadyMs;
    if ((belongs && loaded && steady) || waited >= timeoutMs) {
      if (belongs || extraction.kind !== 'profile') return extraction;
      return { kind: 'stale', urlSlug: extraction.slug, shownName: identity.titleName ?? extraction.name };
    }
    previous = belongs && loaded ? current : null;
    await wait(intervalMs);
    waited += intervalMs;
  }
}
