import { describe, expect, it } from 'vitest';
import { decodeEntities, firstText, fullName, monthYear, parseLooseJson, presentFields, text } from './embedded-values.ts';

describe('parseLooseJson', () => {
  it('parses plain JSON', () => {
    expect(parseLooseJson('{"a":[1,2]}')).toEqual({ a: [1, 2] });
  });

  it('survives raw line breaks inside strings (pretty-printed dumps)', () => {
    expect(parseLooseJson('{"name":"Northwind\n    Tools"}')).toEqual({ name: 'Northwind     Tools' });
  });

  it('reads hyphens dust escapes as \\u002d, even in numbers', () => {
    expect(parseLooseJson('{"id":\\u002d1,"range":"2011\\u002d2014"}')).toEqual({ id: -1, range: '2011-2014' });
  });

  it('gives undefined for malformed text instead of throwing', () => {
    expect(parseLooseJson('{"a":')).toBeUndefined();
    expect(parseLooseJson('')).toBeUndefined();
    expect(parseLooseJson('<!-- not json -->')).toBeUndefined();
  });
});

describe('text values', () => {
  it('decodes numeric and named entities, leaving unknown ones', () => {
    expect(decodeEntities('Gesch&#xe4;ftsf&#xfc;hrer &amp; Gr&#252;nder &mdash; &bogus;')).toBe('Geschäftsführer & Gründer — &bogus;');
    expect(decodeEntities('gefu&#x308;rchtet')).toBe('gefu\u0308rchtet');
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
  });

  it('drops tags, decodes entities and collapses whitespace', () => {
    expect(text('Line one<br>\nline &lt;two&gt;  ')).toBe('Line one line <two>');
    expect(text(42)).toBeNull();
    expect(text('  ')).toBeNull();
  });

  it('takes the first usable value', () => {
    expect(firstText(undefined, '', ' Lead ', 'Other')).toBe('Lead');
    expect(firstText(null, 3)).toBeNull();
  });

  it('joins name parts that exist', () => {
    expect(fullName('Ada', 'Quill')).toBe('Ada Quill');
    expect(fullName('Ada', undefined)).toBe('Ada');
    expect(fullName(undefined, null)).toBeNull();
  });

  it('keeps only fields with a value', () => {
    expect(presentFields({ name: 'Ada', headline: null, location: 'Oslo', currentTitle: null, currentCompany: null, about: null })).toEqual(
      {
        name: 'Ada',
        location: 'Oslo',
      },
    );
  });
});

describe('monthYear', () => {
  it('formats dates as LinkedIn shows them', () => {
    expect(monthYear({ year: 2016, month: 5 })).toBe('May 2016');
    expect(monthYear({ year: 2019, month: 12, day: 3 })).toBe('Dec 2019');
    expect(monthYear({ year: 2014 })).toBe('2014');
  });

  it('treats dust month 0 as no month', () => {
    expect(monthYear({ year: 2012, month: 0, isMonthDefined: false })).toBe('2012');
  });

  it('rejects what is not a date', () => {
    expect(monthYear(undefined)).toBeNull();
    expect(monthYear('2016')).toBeNull();
    expect(monthYear({ month: 4 })).toBeNull();
    expect(monthYear({ year: 20.5 })).toBeNull();
  });
});
