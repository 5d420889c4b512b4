import { describe, expect, it } from 'vitest';
import { textSlices } from './download-file.ts';

describe('a large download’s slices', () => {
  it('join back into the text, each at most the length asked', () => {
    const text = 'abcdefghij'.repeat(25);
    const slices = textSlices(text, 64);
    expect(slices.join('')).toBe(text);
    expect(Math.max(...slices.map((slice) => slice.length))).toBe(64);
    expect(textSlices('')).toEqual([]);
  });

  it('never cut an emoji in two, so that no slice holds half of one', () => {
    const text = `${'x'.repeat(63)}😀${'y'.repeat(10)}`;
    const slices = textSlices(text, 64);
    expect(slices.join('')).toBe(text);
    expect(slices[0]).toBe('x'.repeat(63));
    expect(slices[1]!.startsWith('😀')).toBe(true);
    // A lone half would come back from UTF-8 as U+FFFD.
    const roundTrip = (slice: string) => new TextDecoder().decode(new TextEncoder().encode(slice));
    expect(slices.every((slice) => roundTrip(slice) === slice)).toBe(true);
  });
});
