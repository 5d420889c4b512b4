import { describe, expect, it } from 'vitest';
import { characterCount, countAgainst, countBody, overflowAt, subjectLimit, wordCount } from './channels.ts';

describe('the composer counter', () => {
  it('counts a connection note against 200 characters, or 300 with Premium', () => {
    expect(countBody('connection-note', 'a'.repeat(150), { premium: false })).toMatchObject({ label: '150 / 200', over: false });
    expect(countBody('connection-note', 'a'.repeat(201), { premium: false })).toMatchObject({ label: '201 / 200', over: true });
    expect(countBody('connection-note', 'a'.repeat(201), { premium: true })).toMatchObject({ label: '201 / 300', over: false });
    expect(countBody('connection-note', 'a'.repeat(200), { premium: false }).over).toBe(false);
  });

  it('counts an InMail body against 1,900 characters and its subject against 200', () => {
    expect(countBody('inmail', 'x'.repeat(1_901), { premium: false })).toMatchObject({ label: '1901 / 1900', over: true });
    expect(countAgainst('s'.repeat(200), subjectLimit('inmail'))).toMatchObject({ label: '200 / 200', over: false });
    expect(countAgainst('s'.repeat(201), subjectLimit('inmail')).over).toBe(true);
  });

  it('counts words for a LinkedIn message and an email, which have no hard limit', () => {
    const text = 'Would you be open to a 20-minute call?';
    expect(countBody('message', text, { premium: false })).toMatchObject({ count: 8, limit: null, label: '8 words', over: false });
    expect(countBody('email', 'Hello', { premium: false }).label).toBe('1 word');
    expect(countBody('email', 'x'.repeat(100_000), { premium: false }).over).toBe(false);
    expect(subjectLimit('email')).toBeNull();
  });

  it('counts no words in blank text and splits on any whitespace', () => {
    expect(wordCount('  \n\t ')).toBe(0);
    expect(wordCount('one\ntwo\u00a0three  four')).toBe(4);
  });
});

describe('counting characters as LinkedIn does', () => {
  const coder = '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}'; // 👩🏽‍💻: woman, skin tone, joiner, laptop
  const accented = 'e\u0301'; // "é" typed as e + combining acute accent
  const flag = '\u{1F1EB}\u{1F1F7}'; // 🇫🇷: two regional indicators

  it('counts each user-perceived character once, whatever its code units', () => {
    expect(coder.length).toBe(7);
    expect(characterCount(coder)).toBe(1);
    expect(characterCount(accented)).toBe(1);
    expect(characterCount(`Caf${accented} ${flag}!`)).toBe(7);
    expect(characterCount('\u00e9')).toBe(1);
    expect(characterCount('line\r\nbreak')).toBe(10);
    expect(characterCount('')).toBe(0);
  });

  it('counts plain ASCII as its length, tabs and line breaks included', () => {
    expect(characterCount('Hi Avery,\n\tthanks')).toBe(17);
  });

  it('lets a note of 200 emoji fit the 200-character limit although it is 1,400 code units long', () => {
    const note = coder.repeat(200);
    expect(countBody('connection-note', note, { premium: false })).toMatchObject({
      count: 200,
      over: false,
      overflowAt: null,
      label: '200 / 200',
    });
    expect(countBody('connection-note', note + accented, { premium: false })).toMatchObject({ count: 201, over: true, overflowAt: 1_400 });
  });
});

describe('where the text passes the limit', () => {
  it('is null when the text fits or there is no limit', () => {
    expect(overflowAt('a'.repeat(200), 200)).toBeNull();
    expect(overflowAt('e\u0301'.repeat(150), 200)).toBeNull();
    expect(overflowAt('x'.repeat(5_000), null)).toBeNull();
    expect(countAgainst('x'.repeat(5_000), null).overflowAt).toBeNull();
  });

  it('is the offset of the first character that does not fit', () => {
    expect(overflowAt('abcdef', 4)).toBe(4);
    expect(overflowAt('abcdef', 0)).toBe(0);
    expect(countBody('connection-note', 'a'.repeat(201), { premium: false }).overflowAt).toBe(200);
  });

  it('never splits an emoji or an accented letter', () => {
    const text = 'ab\u{1F469}\u{1F3FD}\u200D\u{1F4BB}e\u0301z';
    expect(overflowAt(text, 2)).toBe(2);
    expect(overflowAt(text, 3)).toBe(9);
    expect(overflowAt(text, 4)).toBe(11);
    expect(overflowAt(text, 5)).toBeNull();
    expect(text.slice(0, overflowAt(text, 3) ?? undefined)).toBe('ab\u{1F469}\u{1F3FD}\u200D\u{1F4BB}');
  });
});
