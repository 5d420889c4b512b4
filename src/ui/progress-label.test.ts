import { describe, expect, it } from 'vitest';
import type { Progress } from '../core/progress/progress.ts';
import { progressLabel } from './progress-label.ts';

const at = (step: Progress['step'], unit: Progress['unit'], done: number, total: number): Progress => ({
  step,
  unit,
  done,
  total,
  cancellable: true,
});

describe('progress in words', () => {
  it('counts with en-US separators, saying what was done to what', () => {
    expect(progressLabel(at('checking', 'contacts', 12_000, 30_000))).toBe('12,000 of 30,000 contacts checked');
    expect(progressLabel(at('writing', 'timeline events', 2_000, 100_000))).toBe('2,000 of 100,000 timeline events written');
    expect(progressLabel(at('comparing', 'people', 4_000, 30_000))).toBe('4,000 of 30,000 people compared');
    expect(progressLabel(at('building', 'contacts', 1_000, 1_500))).toBe('1,000 of 1,500 contacts written to the file');
  });

  it('says one of one in the singular', () => {
    expect(progressLabel(at('checking', 'people', 1, 1))).toBe('1 of 1 person checked');
  });

  it('says what it is doing before it knows how much there is', () => {
    expect(progressLabel(null)).toBe('Starting…');
    expect(progressLabel(at('reading', 'contacts', 0, 0))).toBe('Reading…');
    expect(progressLabel(at('comparing', 'contacts', 0, 0))).toBe('Comparing with what is here…');
    expect(progressLabel({ ...at('finishing', 'contacts', 0, 0), cancellable: false })).toBe('Finishing…');
  });
});
