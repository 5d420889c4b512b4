import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-time.ts';

describe('the meeting time between the datetime-local input and storage', () => {
  it('reads the typed wall-clock time in the local zone and writes it back the same', () => {
    const iso = fromLocalInput('2026-11-30T14:05')!;
    const date = new Date(iso);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2026, 10, 30, 14, 5]);
    expect(iso).toMatch(/Z$/);
    expect(toLocalInput(iso)).toBe('2026-11-30T14:05');
  });

  it('treats empty, partial and damaged values as no time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-11-30')).toBeNull();
    expect(fromLocalInput('2026-13-45T99:99')).toBeNull();
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('not a date')).toBe('');
  });
});
