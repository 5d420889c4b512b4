import { describe, expect, it } from 'vitest';
import { companyName, companyNameOrNull } from './company-name.ts';

describe('companyName', () => {
  it.each([
    ['Insighture - We\u2019re hiring', 'Insighture'],
    ["Insighture - We're hiring", 'Insighture'],
    ['Insighture – We are hiring!', 'Insighture'],
    ['Quarry Analytics (We’re Hiring)', 'Quarry Analytics'],
    ['Harbor Light Labs - Now Hiring', 'Harbor Light Labs'],
    ['Harbor Light Labs #hiring', 'Harbor Light Labs'],
    ['Tidewater Reef Trust · Full-time', 'Tidewater Reef Trust'],
    ['Tidewater Reef Trust· Part-time', 'Tidewater Reef Trust'],
    ['Kontorwerk GmbH · Werkstudent · 1 Jahr 6 Monate', 'Kontorwerk GmbH'],
    ['Acme | Building the future of logistics', 'Acme'],
    ['Acme Corp - Contract', 'Acme Corp'],
    ['Acme - Self-employed', 'Acme'],
    ['  Northbay   Marine Station  ', 'Northbay Marine Station'],
  ])('"%s" is "%s"', (shown, name) => expect(companyName(shown)).toBe(name));

  it.each([
    'Hewlett-Packard',
    'Rolls-Royce',
    'Procter & Gamble',
    'Ernst & Young - EY',
    'Amazon Web Services (AWS)',
    'Col·legi Oficial',
    'Hiring',
    'HireRight',
    'Siemens AG',
  ])('leaves "%s" alone', (shown) => expect(companyName(shown)).toBe(shown));

  it('passes empty values through', () => {
    expect(companyNameOrNull(null)).toBeNull();
    expect(companyNameOrNull('')).toBe('');
    expect(companyNameOrNull('Acme · Full-time')).toBe('Acme');
  });
});
