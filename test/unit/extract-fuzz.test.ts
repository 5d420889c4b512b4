/**
 * Fuzz: 1,000 randomly broken LinkedIn pages (the real ones in ../shared when present, plus the
 * made-up ones) through the extractor. It must never throw and always return a result the capture
 * schema accepts. The seed is printed; replay a failure with FUZZ_SEED=<seed>.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../src/core/contacts/profile.ts';
import { extractProfile } from '../../src/content/linkedin/extract-profile.ts';
import { DOMParser } from 'linkedom';
import { domMutations, htmlMutations } from './fuzz/mutations.ts';
import { fuzzSeed, seeded } from './fuzz/random.ts';

const cases = 1000;
const realRoot = path.resolve(import.meta.dirname, '../../../shared/fixtures/linkedin');
const madeUpRoot = path.resolve(import.meta.dirname, '../fixtures');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? [path.join(dir, entry.name)] : [],
  );
}

/**
 * Scripts (other than JSON-LD), styles and SVG icons are never read by the extractor; dropping their
 * bodies up front keeps 1,000 parses quick without changing what is extracted.
 */
function lighten(html: string): string {
  return html
    .replace(/<script\b(?![^>]*ld\+json)[^>]*>[^]*?<\/script>/gi, '<script></script>')
    .replace(/<style\b[^>]*>[^]*?<\/style>/gi, '<style></style>')
    .replace(/<svg\b[^>]*>[^]*?<\/svg>/gi, '<svg></svg>');
}

const pages = [...(existsSync(realRoot) ? htmlFiles(realRoot) : []), ...htmlFiles(madeUpRoot)].map((file) => ({
  name: path.relative(path.resolve(import.meta.dirname, '../..'), file),
  html: lighten(readFileSync(file, 'utf8')),
  // The URL the page was served for, when its expectations record one.
  url: urlOf(file),
}));

function urlOf(file: string): string {
  try {
    const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as { url?: unknown };
    if (typeof expected.url === 'string') return expected.url;
  } catch {
    // no expectations: any profile URL will do
  }
  return 'https://www.linkedin.com/in/fuzzed-member/';
}

/**
 * linkedom rather than happy-dom (the other unit tests' DOM): happy-dom 21 keeps every parsed
 * document alive, and 1,000 of them run out of memory. Two DOMs also show the extractor relies on
 * standard DOM behaviour only.
 */
function parseDocument(html: string): Document {
  // A browser always makes an <html> element; linkedom leaves it out when the text has none.
  const whole = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  return new DOMParser().parseFromString(whole, 'text/html') as unknown as Document;
}

describe(`extractor fuzz${existsSync(realRoot) ? '' : ' (made-up pages only: ../shared is missing)'}`, () => {
  it(`survives ${cases} randomly broken pages`, () => {
    const seed = fuzzSeed();
    console.log(`extractor fuzz seed ${seed} (replay: FUZZ_SEED=${seed} npx vitest run test/unit/extract-fuzz.test.ts)`);
    const random = seeded(seed);
    const failures: string[] = [];
    // The relationship fields are exercised too: broken pages still show some degrees and mutuals.
    const seen = { degree: 0, mutualConnections: 0, invitationPending: 0 };
    const htmlNames = Object.keys(htmlMutations);
    const domNames = Object.keys(domMutations);
    for (let n = 0; n < cases; n += 1) {
      const page = random.pick(pages);
      const applied: string[] = [];
      let html = page.html;
      if (random.chance(0.4)) {
        const name = random.pick(htmlNames);
        html = htmlMutations[name]!(html, random);
        applied.push(name);
      }
      const url = random.chance(0.9) ? page.url : random.pick(pages).url;
      const doc = parseDocument(html);
      for (let i = 0, k = random.int(3) + (applied.length === 0 ? 1 : 0); i < k; i += 1) {
        const name = random.pick(domNames);
        domMutations[name]!(doc, random);
        applied.push(name);
      }
      const label = `case ${n} (seed ${seed}): ${page.name} ${applied.join('+')}`;
      try {
        const result = extractProfile(doc, url);
        const parsed = extractionSchema.safeParse(result);
        if (!parsed.success) failures.push(`${label}: invalid result ${parsed.error.message.slice(0, 300)}`);
        if (result.kind === 'profile')
          for (const field of Object.keys(seen) as (keyof typeof seen)[]) if (result[field] !== null) seen[field] += 1;
      } catch (error) {
        failures.push(`${label}: threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    console.log('profiles read with a relationship field set:', seen);
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  }, 300_000);
});
