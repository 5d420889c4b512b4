import { describe, expect, it } from 'vitest';
import { nameFromTitle, pageIdentity } from './page-identity.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const page = (head: string) => parseDocument(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('pageIdentity', () => {
  it('collects the slugs the document claims, lowercased and without duplicates', () => {
    const doc = page(`
      <title>Avery Quinlan | LinkedIn</title>
      <link rel="canonical" href="https://www.linkedin.com/in/Avery-Quinlan">
      <meta property="og:url" content="https://de.linkedin.com/in/avery-quinlan?trk=x">
      ${ld({ '@type': 'Person', url: 'https://www.linkedin.com/in/avery-quinlan', sameAs: ['https://www.linkedin.com/in/aq-old'] })}`);
    expect(pageIdentity(doc)).toEqual({ slugs: ['avery-quinlan', 'aq-old'], titleName: 'Avery Quinlan' });
  });

  it('reads Persons in @graph but not Persons nested as authors', () => {
    const doc = page(
      ld({
        '@graph': [
          { '@type': 'Article', author: { '@type': 'Person', url: 'https://www.linkedin.com/in/someone-else' } },
          { '@type': ['Person'], url: 'https://br.linkedin.com/in/otavio-example' },
        ],
      }),
    );
    expect(pageIdentity(doc).slugs).toEqual(['otavio-example']);
  });

  it('resolves relative claims and ignores claims that are not profiles', () => {
    expect(pageIdentity(page('<link rel="canonical" href="/in/sam-okafor/">')).slugs).toEqual(['sam-okafor']);
    expect(pageIdentity(page('<link rel="canonical" href="/authwall"><meta property="og:url" content="/authwall">')).slugs).toEqual([]);
    expect(pageIdentity(page('<link rel="canonical" href="https://www.linkedin.com/feed/">')).slugs).toEqual([]);
    expect(pageIdentity(page('<link rel="canonical" href="https://example.com/in/not-linkedin">')).slugs).toEqual([]);
  });

  it('reads the subject’s own section links on logged-in pages, not the viewer’s profile link', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>(3) Jordan Reyes | LinkedIn</title></head><body>
      <nav><a href="https://www.linkedin.com/in/the-viewer/">Me</a></nav>
      <a href="https://www.linkedin.com/in/jordan-reyes-data/overlay/contact-info/">Contact info</a>
      <a href="/in/jordan-reyes-data/details/experience/">Show all experiences</a>
      <a href="https://www.linkedin.com/in/jordan-reyes-data/recent-activity/all/">Activity</a></body></html>`);
    expect(pageIdentity(doc)).toEqual({ slugs: ['jordan-reyes-data'], titleName: 'Jordan Reyes' });
  });

  it('survives broken JSON-LD and documents whose methods throw', () => {
    expect(pageIdentity(page('<script type="application/ld+json">{not json</script><title>A B | LinkedIn</title>'))).toEqual({
      slugs: [],
      titleName: 'A B',
    });
    const broken = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    };
    expect(pageIdentity(broken as unknown as Document)).toEqual({ slugs: [], titleName: null });
  });

  it('reads no name from the title of an own-profile edit page', () => {
    const doc = page('<title>Profil bearbeiten | LinkedIn</title><meta name="pageKey" content="nprofile_my_profile">');
    expect(pageIdentity(doc).titleName).toBeNull();
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['Avery Quinlan | LinkedIn', 'Avery Quinlan'],
    ['(3) Avery Quinlan | LinkedIn', 'Avery Quinlan'],
    ['(99+) Avery Quinlan | LinkedIn', 'Avery Quinlan'],
    ['Jordan Reyes - Quarry Analytics | LinkedIn', 'Jordan Reyes'],
    ['Jeff Example - Founding Partner; Former CEO / Chair at Example | LinkedIn', 'Jeff Example'],
    ['  Otávio R.   –  Educbank |  LinkedIn ', 'Otávio R.'],
    ['Ross Example 🚀 | LinkedIn', 'Ross Example 🚀'],
    ['Mary-Jane Doe | LinkedIn', 'Mary-Jane Doe'],
  ])('%s → %s', (title, name) => expect(nameFromTitle(title)).toBe(name));

  it.each(['LinkedIn', 'LinkedIn: Log In or Sign Up', '', ' | LinkedIn'])('%j names nobody', (title) =>
    expect(nameFromTitle(title)).toBeNull(),
  );

  it('reads null and undefined as no title', () => {
    expect(nameFromTitle(null)).toBeNull();
    expect(nameFromTitle(undefined)).toBeNull();
  });
});
