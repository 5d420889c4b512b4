import { describe, expect, it } from 'vitest';
import { mailtoUrl } from './mailto.ts';

describe('the Open in mail address', () => {
  it('carries the address, the subject and the body, encoded, with CRLF line breaks', () => {
    expect(mailtoUrl('avery@example.org', 'A 20-minute chat?', 'Hi Avery,\n\nWould you be open to it?\nThanks')).toBe(
      'mailto:avery@example.org?subject=A%2020-minute%20chat%3F&body=Hi%20Avery%2C%0D%0A%0D%0AWould%20you%20be%20open%20to%20it%3F%0D%0AThanks',
    );
  });

  it('keeps characters that mean something in a URL as text', () => {
    const url = mailtoUrl('a+b@example.org', 'Q&A', 'x=1&cc=evil@example.com#frag 👩🏽‍💻 é');
    expect(url).toBe(`mailto:a%2Bb@example.org?subject=Q%26A&body=${encodeURIComponent('x=1&cc=evil@example.com#frag 👩🏽‍💻 é')}`);
    const parsed = new URL(url);
    expect(parsed.searchParams.get('body')).toBe('x=1&cc=evil@example.com#frag 👩🏽‍💻 é');
    expect([...parsed.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('leaves out an empty subject or body, and makes the subject one line', () => {
    expect(mailtoUrl('a@example.org', '', '')).toBe('mailto:a@example.org');
    expect(mailtoUrl('a@example.org', 'Two\r\nlines', '')).toBe('mailto:a@example.org?subject=Two%20lines');
    expect(mailtoUrl('a@example.org', '', 'old\rmac')).toBe('mailto:a@example.org?body=old%0D%0Amac');
  });
});
