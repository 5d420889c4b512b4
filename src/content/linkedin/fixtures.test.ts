import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../core/contacts/profile.ts';
import { extractProfile } from './extract-profile.ts';
import { pageIdentity } from './page-identity.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../test/fixtures');

/** Each made-up page and the LinkedIn URL it stands for. */
const pages: Record<string, string> = {
  'profile-avery-quinlan': 'https://www.linkedin.com/in/avery-quinlan/',
  'profile-jordan-reyes': 'https://www.linkedin.com/in/jordan-reyes-data/',
  'profile-half-topcard': 'https://www.linkedin.com/in/sam-okafor/',
  'profile-hostile-text': 'https://www.linkedin.com/in/hostile-text-example/',
  'profile-loggedin-2018-mireille-ostrander': 'https://www.linkedin.com/in/mireille-ostrander/',
  'profile-loggedin-2020-tobias-wrenfield': 'https://www.linkedin.com/in/tobias-wrenfield/',
  'profile-loggedin-hashed-2025-ines-achterberg': 'https://www.linkedin.com/in/ines-achterberg-fictional/',
  'profile-loggedin-hashed-2025-ilse-vandermeer': 'https://www.linkedin.com/in/ilse-vandermeer-fictional/',
  'profile-not-found': 'https://www.linkedin.com/in/no-such-member-example/',
  'profile-not-found-2024': 'https://www.linkedin.com/in/no-such-member-2024-example/',
  'profile-public-2013-teodora-lindqvist': 'http://www.linkedin.com/pub/teodora-lindqvist/4b/a21/3c7',
  'profile-public-2015-priya-castellanos': 'https://www.linkedin.com/in/priyacastellanos/',
  'profile-public-2016-ewan-halloway': 'https://www.linkedin.com/in/ewan-halloway/',
  'profile-sdui-2026-jonas-feldberg': 'https://www.linkedin.com/in/jonas-feldberg-aurich/',
  'profile-sdui-2026-marisol-tenorio': 'https://www.linkedin.com/in/marisol-tenorio-voss/',
  'profile-loggedin-hashed-2025-de-first-degree': 'https://www.linkedin.com/in/henrike-saalfeld-fictional/',
  'profile-loggedin-hashed-2025-own-profile': 'https://www.linkedin.com/in/viewer-ekwueme-laszlo/',
  'profile-loggedin-2022-third-degree': 'https://www.linkedin.com/in/odile-marchetti-fictional/',
  'profile-sdui-2026-pt-pending': 'https://www.linkedin.com/in/beatriz-quaresma-fictional/',
  'company-public-tidewater': 'https://www.linkedin.com/company/tidewater-reef-trust/',
  'company-loggedin-de-kontorwerk': 'https://www.linkedin.com/company/kontorwerk/',
  'company-not-found-pt': 'https://www.linkedin.com/company/no-such-company-example/',
  authwall: 'https://www.linkedin.com/in/avery-quinlan/',
  feed: 'https://www.linkedin.com/feed/',
};

function load(name: string, url: string) {
  const html = readFileSync(path.join(fixtures, `${name}.html`), 'utf8');
  const expected: unknown = JSON.parse(readFileSync(path.join(fixtures, `${name}.expected.json`), 'utf8'));
  return { html, doc: parseDocument(html, url), expected };
}

describe('made-up fixtures', () => {
  for (const [name, url] of Object.entries(pages)) {
    it(`${name} matches its expected extraction`, () => {
      const { doc, expected } = load(name, url);
      const result = extractProfile(doc, url);
      expect(result).toEqual(expected);
      expect(extractionSchema.safeParse(result).success).toBe(true);
    });

    it(`${name} reads the same when served from a local test server`, () => {
      const local = `http://127.0.0.1:4173/${name}.html`;
      const { doc, expected } = load(name, local);
      expect(extractProfile(doc, local)).toEqual(expected);
    });

    it(`${name} is self-contained (no scripts, stylesheets or images to fetch)`, () => {
      const { html, doc } = load(name, url);
      expect(html.slice(0, 300)).toMatch(/<!--[^]*made[- ]up/i);
      expect(doc.querySelectorAll('script[src], link[rel="stylesheet"], img[src], iframe, object, embed')).toHaveLength(0);
      expect(html).not.toMatch(/url\(\s*['"]?https?:/i);
    });
  }

  it('profile pages claim their own slug and name', () => {
    const { doc } = load('profile-avery-quinlan', pages['profile-avery-quinlan']!);
    expect(pageIdentity(doc)).toEqual({ slugs: ['avery-quinlan'], titleName: 'Avery Quinlan' });
    const jordan = load('profile-jordan-reyes', pages['profile-jordan-reyes']!).doc;
    expect(pageIdentity(jordan)).toEqual({ slugs: ['jordan-reyes-data'], titleName: 'Jordan Reyes' });
  });
});
