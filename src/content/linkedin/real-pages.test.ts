/**
 * Runs the extractor on real LinkedIn pages saved by third parties (../shared/fixtures/linkedin,
 * outside the repo: they hold real members' data and are never copied in). Prints a per-era,
 * per-field report. Every page must be recognised as the right kind with the relationship its top card
 * shows (degree, mutual connections and their names, pending invitation), and at least 95 % of all
 * expected fields must be right; each wrong field is printed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { profileRefFromUrl } from '../../core/contacts/profile-url.ts';
import { extractionSchema, nonProfileKinds, type Extraction } from '../../core/contacts/profile.ts';
import { belongsToUrl } from '../page-settled.ts';
import { extractProfile } from './extract-profile.ts';
import { pageIdentity } from './page-identity.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const root = path.resolve(import.meta.dirname, '../../../../shared/fixtures/linkedin');
const available = existsSync(root);

/** Share of all expected fields, across every page, that must be right (the issue's bar). */
const minimumRight = 0.95;

const textFields = ['name', 'headline', 'location', 'currentTitle', 'currentCompany', 'about'] as const;
const relationshipFields = ['degree', 'mutualConnections', 'mutualNames', 'invitationPending'] as const;
const reportFields = ['kind', 'url', ...textFields, 'experienceCount', 'educationCount', ...relationshipFields] as const;
type ReportField = (typeof reportFields)[number];

interface Expected extends Partial<Record<(typeof textFields)[number] | 'url', string | null>> {
  kind: 'profile' | 'authwall' | 'not-found' | 'other';
  experienceCount?: number | null;
  educationCount?: number | null;
  /** Read by hand from the subject's top card (see each page's notes). */
  degree?: 1 | 2 | 3 | null;
  mutualConnections?: number | null;
  mutualNames?: string[] | null;
  invitationPending?: boolean | null;
}

const norm = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether the field is right, whether a value was found; undefined when nothing is expected. */
function judge(field: ReportField, expected: Expected, got: Extraction): { right: boolean; found: boolean } | undefined {
  const profile = got.kind === 'profile' ? got : null;
  if (field === 'kind') {
    const right = expected.kind === 'other' ? got.kind === 'unsupported' || got.kind === 'authwall' : got.kind === expected.kind;
    return { right, found: true };
  }
  if (expected.kind !== 'profile') return undefined;
  if (field === 'experienceCount' || field === 'educationCount') {
    const want = expected[field];
    if (want === null || want === undefined) return undefined;
    const list = field === 'experienceCount' ? profile?.experience : profile?.education;
    return { right: list?.length === want, found: (list?.length ?? 0) > 0 };
  }
  if (field === 'degree' || field === 'invitationPending' || field === 'mutualConnections' || field === 'mutualNames') {
    const want = expected[field];
    if (want === undefined) return undefined;
    const mutuals = profile?.mutualConnections ?? null;
    const value =
      field === 'mutualConnections' ? (mutuals?.count ?? null) : field === 'mutualNames' ? (mutuals?.names ?? null) : profile?.[field];
    return { right: JSON.stringify(value ?? null) === JSON.stringify(want), found: value !== null && value !== undefined };
  }
  const want = expected[field];
  if (want === undefined) return undefined;
  const value = profile ? profile[field] : null;
  const found = value !== null && value !== undefined;
  // A page with no current role, read by hand as no title or company: the latest ended role stands in, flagged.
  if (want === null && (field === 'currentTitle' || field === 'currentCompany') && profile?.currentRoleEnded) return { right: true, found };
  if (want === null) return { right: !found, found };
  // `about` is recorded as the first 80 characters of the text; a URL in any form LinkedIn redirects.
  if (field === 'about') return { right: norm(value).startsWith(norm(want)), found };
  if (field === 'url') return { right: value === (profileRefFromUrl(want)?.url ?? want), found };
  const right = norm(value) === norm(want);
  return { right, found };
}

const pages = available
  ? readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((era) =>
        readdirSync(path.join(root, era.name))
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ era: era.name, file, base: path.join(root, era.name, file.replace(/\.html$/, '')) })),
      )
  : [];

const tally = new Map<string, Map<ReportField, { found: number; right: number; total: number }>>();

function record(era: string, field: ReportField, verdict: { right: boolean; found: boolean }) {
  const fields = tally.get(era) ?? new Map();
  tally.set(era, fields);
  const cell = fields.get(field) ?? { found: 0, right: 0, total: 0 };
  fields.set(field, cell);
  cell.total += 1;
  if (verdict.found) cell.found += 1;
  if (verdict.right) cell.right += 1;
}

describe.skipIf(!available)(`real LinkedIn pages${available ? '' : ` (skipped: ${root} is missing)`}`, () => {
  afterAll(() => {
    const rows: Record<string, Record<string, string>> = {};
    for (const [era, fields] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
      rows[era] = Object.fromEntries(
        reportFields.map((field) => {
          const cell = fields.get(field);
          return [field, cell ? `${cell.right}/${cell.total} f${cell.found}` : '-'];
        }),
      );
    }
    console.log('Extraction report per era and field: right/expected, f = how many values were found (non-empty)');
    console.table(rows);
  });

  for (const page of pages) {
    it(`${page.era}/${page.file}`, () => {
      const expected = JSON.parse(readFileSync(`${page.base}.expected.json`, 'utf8')) as Expected;
      // The auth wall does not record the URL it was served for: any profile URL stands in.
      const url = expected.url ?? 'https://www.linkedin.com/in/requested-member/';
      const doc = parseDocument(readFileSync(`${page.base}.html`, 'utf8'), url);

      let result: Extraction | undefined;
      expect(() => (result = extractProfile(doc, url))).not.toThrow();
      if (!result) throw new Error('no result');
      expect([...nonProfileKinds, 'profile']).toContain(result.kind);
      expect(extractionSchema.safeParse(result).success).toBe(true);

      const wrong: string[] = [];
      for (const field of reportFields) {
        const verdict = judge(field, expected, result);
        if (!verdict) continue;
        record(page.era, field, verdict);
        if (!verdict.right) wrong.push(field);
      }
      if (wrong.length > 0) console.log(`${page.era}/${page.file}: wrong ${wrong.join(', ')}`);
      expect(wrong, 'the page kind').not.toContain('kind');
      // The relationship is checked on every page, not only in the overall share.
      expect(wrong.filter((field) => (relationshipFields as readonly string[]).includes(field))).toEqual([]);

      // In-page navigation: the page belongs to its own URL, and read under another person's URL (the
      // URL changed, the document not yet) it is told apart wherever it names its own profile URL.
      const identity = pageIdentity(doc);
      if (result.kind === 'profile') {
        expect(belongsToUrl(result, identity)).toBe(true);
        const moved = extractProfile(doc, 'https://www.linkedin.com/in/someone-else-entirely/');
        if (identity.slugs.length > 0) expect(belongsToUrl(moved, identity)).toBe(false);
      }
    });
  }

  it(`gets at least ${minimumRight * 100} % of the expected fields right across all pages`, () => {
    let right = 0;
    let total = 0;
    for (const fields of tally.values()) {
      for (const cell of fields.values()) {
        right += cell.right;
        total += cell.total;
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(minimumRight);
  });
});
