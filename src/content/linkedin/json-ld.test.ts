import { describe, expect, it } from 'vitest';
import { jsonLdFields, jsonLdPersons, personUrls } from './json-ld.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const withLd = (...blocks: string[]) =>
  parseDocument(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head></html>`);

describe('jsonLdPersons', () => {
  it('finds top-level Persons in objects, arrays and @graph, and skips broken scripts', () => {
    const doc = withLd(
      '{"@type":"Person","name":"A"}',
      '[{"@type":"WebPage","reviewedBy":{"@type":"Person","name":"nested"}},{"@type":"Person","name":"B"}]',
      '{"@graph":[{"@type":"Article","author":{"@type":"Person","name":"author"}},{"@type":"Person","name":"C"}]}',
      '{broken',
    );
    expect(jsonLdPersons(doc).map((person) => person.name)).toEqual(['A', 'B', 'C']);
  });

  it('lists url and sameAs', () => {
    expect(personUrls({ url: 'u', sameAs: ['s1', 's2', 3] })).toEqual(['u', 's1', 's2']);
  });
});

describe('jsonLdFields', () => {
  it('maps a Person to top-card fields', () => {
    expect(
      jsonLdFields({
        name: ' Avery  Quinlan ',
        disambiguatingDescription: 'Designer',
        address: { addressLocality: 'Portland, Oregon, United States' },
        jobTitle: ['Senior Product Designer', 'Product Designer'],
        worksFor: [{ name: 'Harbor Light Labs', member: { startDate: '2022-03' } }, { name: 'Old Co' }],
        description: 'About text',
      }),
    ).toEqual({
      name: 'Avery Quinlan',
      headline: 'Designer',
      location: 'Portland, Oregon, United States',
      currentTitle: 'Senior Product Designer',
      currentCompany: 'Harbor Light Labs',
      about: 'About text',
    });
  });

  it('leaves masked, empty and ended values to the page', () => {
    const fields = jsonLdFields({
      name: 'Otávio R.',
      disambiguatingDescription: '',
      jobTitle: ['******* ** *****'],
      worksFor: { name: '*** ***' },
    });
    expect(fields).toMatchObject({ name: 'Otávio R.', headline: null, currentTitle: null, currentCompany: null });
    const ended = jsonLdFields({ jobTitle: 'CEO', worksFor: { name: 'Gone Co', member: { endDate: '2020-01' } } });
    expect(ended).toMatchObject({ currentTitle: null, currentCompany: null });
  });

  it('gives all nulls without a Person', () => {
    expect(Object.values(jsonLdFields(undefined)).every((value) => value === null)).toBe(true);
  });
});
