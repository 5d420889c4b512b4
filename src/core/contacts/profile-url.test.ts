import { describe, expect, it } from 'vitest';
import { isLinkedInUrl, profileRefFromUrl } from './profile-url.ts';

describe('profile URLs', () => {
  it.each([
    'https://www.linkedin.com/in/avery-quinlan/',
    'https://www.linkedin.com/in/avery-quinlan',
    'https://linkedin.com/in/Avery-Quinlan/?originalSubdomain=us',
    'https://de.linkedin.com/in/avery-quinlan/details/experience/',
    'https://www.linkedin.com/in/avery-quinlan/#about',
    'https://WWW.LINKEDIN.COM/IN/AVERY-QUINLAN',
    'http://uk.linkedin.com/in/avery-quinlan/details/education/?trk=x',
    'https://m.linkedin.com/in/avery-quinlan/',
    'https://www.linkedin.com/mwlite/in/avery-quinlan',
    'https://www.linkedin.com/in/avery%2Dquinlan/',
    'https://www.linkedin.com/in/avery-quinlan/overlay/contact-info/',
  ])('maps %s to one canonical key', (url) => {
    expect(profileRefFromUrl(url)).toEqual({ slug: 'avery-quinlan', url: 'https://www.linkedin.com/in/avery-quinlan/' });
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/company/acme/',
    'https://example.com/in/avery/',
    'not a url',
    'javascript:alert(1)',
    '',
    null,
  ])('finds no profile in %s', (url) => expect(profileRefFromUrl(url)).toBeNull());

  it.each([
    ['https://www.linkedin.com/pub/avery-quinlan/7/154/181', 'avery-quinlan-1811547'],
    ['https://sy.linkedin.com/pub/avery-quinlan/a7/576/b50?trk=biz_employee_pub', 'avery-quinlan-b50576a7'],
    ['https://www.linkedin.com/pub/avery-quinlan/100/384/6B0/', 'avery-quinlan-6b0384100'],
  ])('maps the old public form %s to the /in/ address LinkedIn redirects it to', (url, slug) => {
    expect(profileRefFromUrl(url)).toEqual({ slug, url: `https://www.linkedin.com/in/${slug}/` });
    expect(profileRefFromUrl(`https://www.linkedin.com/in/${slug}/`)?.slug).toBe(slug);
  });

  it.each([
    'https://www.linkedin.com/pub/avery-quinlan/',
    'https://www.linkedin.com/pub/dir/avery/quinlan',
    'https://www.linkedin.com/pub/x/zz/1/2',
  ])('finds no member in the incomplete or directory address %s', (url) => expect(profileRefFromUrl(url)).toBeNull());

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
