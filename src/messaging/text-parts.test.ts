import { describe, expect, it } from 'vitest';
import { inParts, partLength, TextParts, textSlices } from './text-parts.ts';

describe('a large text’s slices', () => {
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

describe('a long message’s text in parts', () => {
  const text = `${'{"a":"😀"}'.repeat(300_000)}`;
  const message = { confab: 1 as const, name: 'restoreBackup', payload: { text, mode: 'replace' } };

  it('goes whole when small, and in parts of at most 1 MiB after the message when large', () => {
    const small = { ...message, payload: { text: 'x', mode: 'merge' } };
    expect(inParts(small)).toEqual([small]);
    const [head, ...parts] = inParts(message) as [Record<string, unknown>, ...{ confab: 1; part: string }[]];
    expect(head).toEqual({ confab: 1, name: 'restoreBackup', payload: { mode: 'replace' }, textParts: parts.length });
    expect(parts.length).toBe(Math.ceil(text.length / partLength));
    expect(parts.map((p) => p.part).join('')).toBe(text);
  });

  it('is put back together where it lands, exactly', () => {
    const [head, ...parts] = inParts(message);
    const assembly = new TextParts();
    expect(assembly.start(head)).toEqual({ state: 'more' });
    const states = parts.map((part) => assembly.add(part));
    expect(states.slice(0, -1).every((s) => s.state === 'more')).toBe(true);
    expect(states.at(-1)).toEqual({ state: 'whole', message });
    expect(assembly.waiting).toBe(false);
    expect(new TextParts().start(message)).toEqual({ state: 'whole', message });
  });

  it.each([
    ['no part announced', { confab: 1, name: 'restoreBackup', payload: {}, textParts: 0 }],
    ['too many parts', { confab: 1, name: 'restoreBackup', payload: {}, textParts: 65 }],
    ['a fraction of a part', { confab: 1, name: 'restoreBackup', payload: {}, textParts: 1.5 }],
    ['a text in the payload as well', { confab: 1, name: 'restoreBackup', payload: { text: '' }, textParts: 2 }],
    ['an extra key', { confab: 1, name: 'restoreBackup', payload: {}, textParts: 2, extra: 1 }],
    ['a payload that is not an object', { confab: 1, name: 'restoreBackup', payload: 'x', textParts: 2 }],
  ])('refuses a message announcing parts with %s', (_label, head) => {
    expect(new TextParts().start(head)).toEqual({ state: 'refused' });
  });

  it.each([
    ['a part too long', { confab: 1, part: 'x'.repeat(partLength + 1) }],
    ['an empty part', { confab: 1, part: '' }],
    ['a part with an extra key', { confab: 1, part: 'x', more: 1 }],
    ['a part that is not text', { confab: 1, part: 7 }],
    ['another message', { confab: 1, name: 'restoreBackup', payload: {} }],
  ])('refuses %s among the parts', (_label, part) => {
    const assembly = new TextParts();
    assembly.start({ confab: 1, name: 'restoreBackup', payload: {}, textParts: 2 });
    expect(assembly.add(part)).toEqual({ state: 'refused' });
  });
});
