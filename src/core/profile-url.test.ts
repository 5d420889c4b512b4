import { describe, expect, it } from 'vitest';
import { isLinkedInUrl, profileRefFromUrl } from './profile-url.ts';

describe('profile URLs', () => {
  it.each([
    'https://www.linkedin.com/in/avery-quinlan/',
    'https://www.linkedin.com/in/avery-quinlan',
    'https://linkedin.com/in/Avery-Quinlan/?originalSubdomain=us',
    'https://de.linkedin.com/in/avery-quinlan/details/experience/',
    'https://www.linkedin.com/in/avery-quinlan/#about',
  ])('maps %s to one canonical key', (url) => {
    expect(profileRefFromUrl(url)).toEqual({ slug: 'avery-quinlan', url: 'https://www.linkedin.com/in/avery-quinlan/' });
  });

  it.each(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/company/acme/', 'https://example.com/in/avery/', 'not a url', 'javascript:alert(1)', '', null])(
    'finds no profile in %s',
    (url) => expect(profileRefFromUrl(url)).toBeNull(),
  );

  it('keeps non-ASCII slugs, encoded in the canonical URL', () => {
    expect(profileRefFromUrl('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/')).toEqual({
      slug: 'josé-garcía',
      url: 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/',
    });
  });

  it('tells LinkedIn pages from others', () => {
    expect(isLinkedInUrl('https://www.linkedin.com/feed/')).toBe(true);
    expect(isLinkedInUrl('https://fr.linkedin.com/in/x')).toBe(true);
    expect(isLinkedInUrl('https://linkedin.com.evil.example/in/x')).toBe(false);
    expect(isLinkedInUrl(undefined)).toBe(false);
  });
});
