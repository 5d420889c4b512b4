/**
 * The second source of the extractor, after JSON-LD and before the markup: the JSON data logged-in
 * LinkedIn pages embed in `<code>` blocks. Two generations: the pre-2017 dust pages
 * (`<code id="*-content"><!--{"content":...}--></code>`, dust-json.ts) and the voyager-web app's
 * API responses (`<code id="bpr-guid-*">`, voyager-json.ts). Both are read only for the member the
 * URL names, so the viewer's own data, or a previous page's left behind by in-page navigation, is
 * never taken for the subject. Never throws.
 */
import { readDust } from './dust-json.ts';
import { isObject, obj, parseLooseJson, type EmbeddedProfile, type JsonObject } from './embedded-values.ts';
import { readVoyager } from './voyager-json.ts';

export type { EmbeddedProfile };

/** Blocks bigger than this are not profile data (LinkedIn's large blocks are configuration). */
const maxBlockLength = 4_000_000;

/** Only blocks that can hold a profile are parsed: a cheap text test before JSON.parse. */
const dustModules = /"(TopCard|BasicInfo|Experience|Education|Summary)"\s*:/;
const voyagerProfile = /identity\.(dash\.)?profile\.|identity\.shared\.MiniProfile/;

/** The block's JSON text: dust blocks wrap it in an HTML comment, whose text textContent omits. */
function blockText(code: Element): string {
  for (const node of Array.from(code.childNodes)) {
    if (node.nodeType === 8) return (node as Comment).data;
    if (node.nodeType === 3 && node.textContent?.trim()) break;
  }
  return code.textContent ?? '';
}

interface Blocks {
  dust: JsonObject;
  voyager: unknown[];
}

/** A test for text that names one of these members, as written raw or percent-encoded, any case. */
function mentionsAny(slugs: readonly string[]): RegExp {
  const forms = slugs.flatMap((slug) => [slug, encodeURIComponent(slug)]).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(forms.join('|') || '(?!)', 'i');
}

/**
 * The blocks that can describe one of `slugs`. A voyager block is parsed only when it names such a
 * member: the rest hold the viewer's own data, the navigation and configuration, and JSON.parse is the
 * costliest step of a capture. (A response about the member always carries their public identifier;
 * a block that does not is at worst a list the markup also shows.)
 */
function collectBlocks(doc: Document, slugs: readonly string[]): Blocks {
  const blocks: Blocks = { dust: {}, voyager: [] };
  const voyagerTexts: string[] = [];
  for (const code of Array.from(doc.getElementsByTagName('code'))) {
    // datalet-bpr-guid-* blocks only describe the request a bpr-guid-* block answered.
    if (code.id.startsWith('datalet-')) continue;
    const raw = blockText(code);
    if (raw.length > maxBlockLength) continue;
    const json = raw.trim();
    if (!json.startsWith('{')) continue;
    const isDust = json.startsWith('{"content"') && dustModules.test(json);
    if (!isDust) {
      if (voyagerProfile.test(json)) voyagerTexts.push(json);
      continue;
    }
    const parsed = parseLooseJson(json);
    // Dust modules are spread over several blocks: merge them, the first block's module wins.
    if (isObject(parsed)) blocks.dust = { ...obj(parsed.content), ...blocks.dust };
  }
  const named = mentionsAny(slugs);
  for (const text of voyagerTexts) {
    if (!named.test(text)) continue;
    const parsed = parseLooseJson(text);
    if (isObject(parsed)) blocks.voyager.push(parsed);
  }
  return blocks;
}

function readBlocks(blocks: Blocks, slug: string): EmbeddedProfile | null {
  const dust = Object.keys(blocks.dust).length > 0 ? readDust(blocks.dust, slug) : null;
  return dust ?? (blocks.voyager.length > 0 ? readVoyager(blocks.voyager, slug) : null);
}

/** What the embedded JSON says about the member with this slug, or null when it says nothing. */
export function readEmbeddedJson(doc: Document, slug: string): EmbeddedProfile | null {
  try {
    return readBlocks(collectBlocks(doc, [slug]), slug);
  } catch {
    return null;
  }
}

/**
 * Whether the page embeds the profile of one of these members (the URL's, the ones the document
 * claims): how a page not rendered yet is still known to be a profile.
 */
export function hasEmbeddedProfile(doc: Document, slugs: readonly (string | null | undefined)[]): boolean {
  try {
    const wanted = slugs.filter((slug): slug is string => Boolean(slug));
    const blocks = collectBlocks(doc, wanted);
    if (Object.keys(blocks.dust).length === 0 && blocks.voyager.length === 0) return false;
    return wanted.some((slug) => readBlocks(blocks, slug)?.fields.name !== undefined);
  } catch {
    return false;
  }
}
