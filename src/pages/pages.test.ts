import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFiles, pageHref, pagePath, slugOfPage } from './pages.ts';

describe('the page registry', () => {
  it('names an HTML file that exists for every page', () => {
    const root = resolve(import.meta.dirname, '../..');
    expect(Object.values(pageFiles).filter((file) => !existsSync(resolve(root, file)))).toEqual([]);
  });

  it('builds a page address with its parameters encoded and an optional fragment', () => {
    expect(pagePath('contact', { slug: 'zoë-brandt' })).toBe('src/pages/contact/index.html?slug=zo%C3%AB-brandt');
    expect(pagePath('conversation', { slug: 'avery-quinlan' }, 'agenda')).toBe(
      'src/pages/conversation/index.html?slug=avery-quinlan#agenda',
    );
    expect(pagePath('options', {}, 'about-you-field')).toBe('src/pages/options/index.html#about-you-field');
    expect(pageHref('contacts')).toBe('/src/pages/contacts/index.html');
  });

  it('reads back the contact a page was opened for', () => {
    expect(slugOfPage(`?${new URLSearchParams({ slug: 'zoë-brandt' })}`)).toBe('zoë-brandt');
    expect(slugOfPage('?slug=%20avery-quinlan%20')).toBe('avery-quinlan');
    expect(slugOfPage('')).toBe('');
  });
});
