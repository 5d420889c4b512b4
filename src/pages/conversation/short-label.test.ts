import { describe, expect, it } from 'vitest';
import { shortLabel } from './short-label.ts';

describe('the short name of an agenda item', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(shortLabel('Thanks and wrap-up')).toBe('Thanks and wrap-up');
    expect(shortLabel('What trends are you seeing in your industry?')).toBe('What trends are you…');
    expect(shortLabel('  ')).toBe('untitled item');
  });
});
