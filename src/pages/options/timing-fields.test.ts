import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../core/settings/settings.ts';
import { checkTiming, timingValuesOf } from './timing-fields.ts';

const defaults = timingValuesOf(defaultSettings);

describe('the timing card’s values', () => {
  it('start from the stored settings, the thank-you’s due hours beside its late hours', () => {
    expect(defaults).toMatchObject({ thankYouDelayHours: '24', thankYouOverdueHours: '48', followUpBusinessDays: '7', tags: '' });
    expect(
      timingValuesOf({ ...defaultSettings, timing: { ...defaultSettings.timing, keepInTouchDaysByTag: { mentor: 30, alumni: 120 } } }).tags,
    ).toBe('mentor 30, alumni 120');
  });

  it('save the due hours and the timing together', () => {
    expect(checkTiming({ ...defaults, thankYouDelayHours: '36', tags: 'mentor 30' })).toEqual({
      patch: { thankYouDelayHours: 36, timing: { ...defaultSettings.timing, keepInTouchDaysByTag: { mentor: 30 } } },
    });
  });

  it('keep a thank-you from being late before it is due, and say so at the late hours', () => {
    expect(checkTiming({ ...defaults, thankYouDelayHours: '72' })).toEqual({
      problems: { thankYouOverdueHours: 'A thank-you cannot be late before it is due: make this 72 hours or more.' },
    });
    expect(checkTiming({ ...defaults, thankYouDelayHours: '48' })).toHaveProperty('patch');
  });

  it('say what each field needs when it is blank, out of range or not a whole number', () => {
    expect(checkTiming({ ...defaults, thankYouDelayHours: '', keepInTouchDays: '3', followUpBusinessDays: '2.5', tags: 'mentor' })).toEqual(
      {
        problems: {
          thankYouDelayHours: 'Enter a whole number from 1 to 336.',
          keepInTouchDays: 'Enter a whole number from 7 to 730.',
          followUpBusinessDays: 'Enter a whole number from 1 to 30.',
          tags: 'Write each tag and its days, separated by commas: mentor 30, alumni 120.',
        },
      },
    );
    expect(checkTiming({ ...defaults, tags: 'mentor 3' })).toEqual({
      problems: { tags: 'Each tag’s days: a whole number from 7 to 730, at most 100 tags.' },
    });
  });
});
