import { describe, expect, it } from 'vitest';
import { notAProfileAddress, profileUrlRefusal } from './profile-identity.ts';

const avery = { slug: 'avery-quinlan', name: 'Avery Quinlan' };

describe('a Profile URL against the page it was read from', () => {
  it('accepts the page’s own address in any of its forms', () => {
    expect(profileUrlRefusal('https://www.linkedin.com/in/avery-quinlan/', avery)).toBeNull();
    expect(profileUrlRefusal('https://de.linkedin.com/in/Avery-Quinlan?trk=x', avery)).toBeNull();
  });

  it('refuses another person’s address, naming whose form it is and how to save someone else', () => {
    expect(profileUrlRefusal('https://www.linkedin.com/in/jordan-reyes-data/', avery, 'Avery Q.')).toBe(
      'This form is for Avery Q., whose address is the page’s: linkedin.com/in/avery-quinlan. To save someone else, open their profile.',
    );
    expect(profileUrlRefusal('https://www.linkedin.com/in/someone/', { slug: 'x', name: '' })).toMatch(
      /^This form is for the person on this page,/,
    );
  });

  it('refuses an address that is not a LinkedIn profile, with or without a page', () => {
    expect(profileUrlRefusal('https://example.com/in/avery', avery)).toBe(notAProfileAddress);
    expect(profileUrlRefusal('', null)).toBe(notAProfileAddress);
  });

  it('accepts any profile address when the form was not filled from a page', () => {
    expect(profileUrlRefusal('https://www.linkedin.com/in/anyone/', null)).toBeNull();
  });
});
