import { describe, expect, it } from 'vitest';
import { readDates, readElement, readText } from './read-picks.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const body = (html: string) => parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);

describe('readText', () => {
  const doc = body(`
    <div class="modal"><h1 class="t">From the modal</h1></div>
    <h1 class="t"> </h1>
    <h1 class="t">Avery Quinlan</h1>
    <span class="sub">Google · Full-time</span>
    <span class="deg">Bachelor of Science - BS, Physics</span>
    <p class="meta"><span class="date-range">2020</span></p><p class="meta">Chicago</p>
    <h3 class="line"><span></span><button>Contact Info</button><span>Chicago, IL</span></h3>
    <span class="trail">BS, ; </span>`);

  it('takes the first usable match outside junk, in pick order', () => {
    expect(readText(doc, ['.missing', 'h1.t'])).toBe('Avery Quinlan');
    expect(readText(doc, [{ sel: 'h1.t', nth: 0 }])).toBeNull();
  });

  it('applies cut, after, not, first and reject', () => {
    expect(readText(doc, [{ sel: '.sub', cut: ' · ' }])).toBe('Google');
    expect(readText(doc, [{ sel: '.deg', cut: ', ' }])).toBe('Bachelor of Science - BS');
    expect(readText(doc, [{ sel: '.deg', after: ', ' }])).toBe('Physics');
    expect(readText(doc, [{ sel: '.sub', after: ', ' }])).toBeNull();
    expect(readText(doc, [{ sel: '.meta', not: '.date-range' }])).toBe('Chicago');
    expect(readText(doc, [{ sel: '.line', first: true }])).toBe('Chicago, IL');
    expect(readText(doc, [{ sel: '.trail', trimEnd: ',;' }])).toBe('BS');
    expect(readText(doc, ['h1.t'], /Avery/)).toBeNull();
  });

  it('treats an invalid selector as no match', () => {
    expect(readText(doc, ['h1[', 'h1.t'])).toBe('Avery Quinlan');
    expect(readElement(doc, ['::nope'])).toBeNull();
  });
});

describe('readDates', () => {
  const dates = (html: string) => readDates(body(`<span class="d">${html}</span>`).querySelector('.d'));

  it.each([
    ['<time>Jul 2020</time> - Present <span class="before:middot">6 years</span>', 'Jul 2020', 'Present'],
    ['<time>Sep 2008</time> - <time>Jun 2020</time> <span>11 years</span>', 'Sep 2008', 'Jun 2020'],
    ['<time>2011</time>', '2011', null],
    ['Dec 2019 - Present · 2 yrs 4 mos', 'Dec 2019', 'Present'],
    ['2014 – Jun 2019', '2014', 'Jun 2019'],
    ['2019', '2019', null],
    ['- Present', null, 'Present'],
    ['<time>December 2008</time> – Present (6 years 9 months) <span class="locality">Boston</span>', 'December 2008', 'Present'],
    ['<time>2006</time><time> – 2008</time>', '2006', '2008'],
    ['January 2010 – Present (6 years 1 month)', 'January 2010', 'Present'],
    [
      '<abbr class="dtstart">Jan 2008</abbr> – <abbr class="dtstamp">Present</abbr> <span>(5 years)</span> <span>La Jolla</span>',
      'Jan 2008',
      'Present',
    ],
    ['<abbr class="dtstart">2002</abbr> – <abbr class="dtend">2005</abbr>', '2002', '2005'],
  ])('%s', (html, start, end) => expect(dates(html)).toEqual({ start, end }));

  it('gives nulls without an element', () => expect(readDates(null)).toEqual({ start: null, end: null }));
});
