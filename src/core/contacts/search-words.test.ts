import { describe, expect, it } from 'vitest';
import { nameKeyOf, searchTerms, searchWordsOf } from './search-words.ts';

describe('the words a contact is found by', () => {
  it('takes name, company and title, lower case, diacritics folded, each once', () => {
    expect(searchWordsOf({ name: 'Zoë Brandt-Öztürk', currentCompany: 'Straße & Co', currentTitle: 'Chief of Staff, Zoë' })).toEqual([
      'zoe',
      'brandt',
      'ozturk',
      'strasse',
      'co',
      'chief',
      'of',
      'staff',
    ]);
  });

  it('reads a search box the same way, so a prefix meets the index', () => {
    expect(searchTerms('  ZOË  brA ')).toEqual(['zoe', 'bra']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('Ørsted Łódź Æsir')).toEqual(['orsted', 'lodz', 'aesir']);
  });

  it('keeps a hostile title to a bounded number of short words', () => {
    const words = searchWordsOf({ name: 'A', currentTitle: Array.from({ length: 500 }, (_, i) => `w${i}${'x'.repeat(100)}`).join(' ') });
    expect(words.length).toBeLessThanOrEqual(40);
    expect(Math.max(...words.map((word) => word.length))).toBeLessThanOrEqual(40);
  });

  it('has no words for a contact without text', () => {
    expect(searchWordsOf({})).toEqual([]);
  });

  it('then the tags, the location and the headline, the name first when the cap is reached', () => {
    expect(
      searchWordsOf({
        name: 'Ada Brandt',
        tags: ['Alumni', 7],
        location: 'Porto, Portugal',
        headline: 'Nurse at Beacon',
        currentTitle: 'Nurse',
      }),
    ).toEqual(['ada', 'brandt', 'nurse', 'alumni', 'porto', 'portugal', 'at', 'beacon']);
    const crowded = searchWordsOf({ name: 'Zed Last', headline: Array.from({ length: 60 }, (_, i) => `h${i}`).join(' ') });
    expect(crowded.slice(0, 2)).toEqual(['zed', 'last']);
    expect(crowded).toHaveLength(40);
  });
});

describe('the key names are sorted by', () => {
  it('folds case and accents and collapses spaces, so the database and a page order names alike', () => {
    expect(nameKeyOf('  Émile   ZOLA ')).toBe('emile zola');
    expect(nameKeyOf('Søren')).toBe('soren');
    expect(nameKeyOf(undefined)).toBe('');
    expect(['Zoë', 'ada', 'Émile', 'Bo'].map(nameKeyOf).sort()).toEqual(['ada', 'bo', 'emile', 'zoe']);
  });
});
