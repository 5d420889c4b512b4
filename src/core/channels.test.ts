import { describe, expect, it } from 'vitest';
import { countAgainst, countBody, subjectLimit, wordCount } from './channels.ts';

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
