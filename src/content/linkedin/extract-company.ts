/**
 * A company page read for the target employers: name, industry, size and headquarters as the page
 * shows them. Logged out, LinkedIn labels each "About us" line with a `data-test-id`; logged in, the
 * top card lists industry, then headquarters, then counts, and the employee count is the link that
 * searches the company's people. JSON-LD (an Organization node) stands in for the name and address.
 * No field is found by its label's words.
 */
import type { ExtractedCompany } from '../../core/contacts/profile.ts';
import { jsonLdNodes, type JsonObject } from './json-ld.ts';
import { companyUrlOf } from './page-address.ts';
import { titleName } from './page-identity.ts';
import { readText } from './read-picks.ts';
import type { Picks } from './selector-types.ts';
import { clean } from './text.ts';

const infoItem = '.org-top-card-summary-info-list__info-item';
/** A count ("12,345 followers", "1K+"): never an industry or a place. */
const count = /^[\d.,\s]+[KMk+]*\b|^\d/;

const companyPicks: Record<'name' | 'industry' | 'size' | 'headquarters', Picks> = {
  name: ['h1.top-card-layout__title', '.org-top-card-summary__title', 'main h1', 'h1'],
  industry: [
    '[data-test-id="about-us__industry"] dd',
    { sel: `${infoItem}:not(a)`, nth: 0, skip: count },
    { sel: '.top-card-layout__second-subline', first: true, skip: count },
  ],
  size: ['[data-test-id="about-us__size"] dd', `a${infoItem}[href*="currentCompany"]`, `${infoItem} a[href*="currentCompany"]`],
  headquarters: ['[data-test-id="about-us__headquarters"] dd', { sel: `${infoItem}:not(a)`, nth: 1, skip: count }],
};

const text = (value: unknown) => clean(typeof value === 'string' ? value : null);

/** "Sunnyvale, California, US" from a PostalAddress (or the first of several). */
function addressOf(org: JsonObject | undefined): string | null {
  const raw: unknown = Array.isArray(org?.address) ? org?.address[0] : org?.address;
  if (!raw || typeof raw !== 'object') return null;
  const address = raw as JsonObject;
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry].map(text).filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function extractCompany(doc: Document, slug: string): ExtractedCompany {
  const org = jsonLdNodes(doc, 'Organization')[0] ?? jsonLdNodes(doc, 'Corporation')[0];
  const pick = (field: keyof typeof companyPicks) => readText(doc, companyPicks[field]);
  return {
    kind: 'company',
    slug,
    url: companyUrlOf(slug),
    name: pick('name') ?? text(org?.name) ?? titleName(doc),
    industry: pick('industry'),
    size: pick('size'),
    headquarters: pick('headquarters') ?? addressOf(org),
  };
}
