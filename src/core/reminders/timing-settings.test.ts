import { describe, expect, it } from 'vitest';
import { defaultTimingSettings, timingProblem, timingSettingsPatchSchema, timingSettingsSchema } from './timing-settings.ts';

describe('timing settings', () => {
  it('default to the method: 3B7, late thank-you after 48 hours, agenda ahead, confirm the day before, 90 days', () => {
    expect(defaultTimingSettings).toEqual({
      secondContactBusinessDays: 3,
      followUpBusinessDays: 7,
      closeNoReplyBusinessDays: 12,
      thankYouOverdueHours: 48,
      agendaBusinessDaysBefore: 2,
      confirmBusinessDaysBefore: 1,
      keepInTouchDays: 90,
      keepInTouchDaysByTag: {},
    });
    expect(timingProblem({ ...defaultTimingSettings, thankYouDelayHours: 24 })).toBeNull();
  });

  it('refuses numbers out of range, and a patch leaves out what it does not change', () => {
    expect(timingSettingsSchema.safeParse({ keepInTouchDays: 3 }).success).toBe(false);
    expect(timingSettingsSchema.safeParse({ keepInTouchDaysByTag: { mentor: 30 } }).success).toBe(true);
    expect(timingSettingsSchema.safeParse({ keepInTouchDaysByTag: { '': 30 } }).success).toBe(false);
    expect(timingSettingsSchema.safeParse({ followUpBusinessDays: 0 }).success).toBe(false);
    expect(timingSettingsPatchSchema.parse({ keepInTouchDays: 30 })).toEqual({ keepInTouchDays: 30 });
  });

  it('says when the steps are out of order', () => {
    const base = { ...defaultTimingSettings, thankYouDelayHours: 24 };
    expect(timingProblem({ ...base, secondContactBusinessDays: 7 })).toEqual({
      field: 'followUpBusinessDays',
      message: expect.stringMatching(/follow-up must come after/),
    });
    expect(timingProblem({ ...base, closeNoReplyBusinessDays: 7 })).toEqual({
      field: 'closeNoReplyBusinessDays',
      message: expect.stringMatching(/after the follow-up/),
    });
  });

  it('lets a thank-you be late as soon as it is due, never before', () => {
    const base = { ...defaultTimingSettings, thankYouDelayHours: 24 };
    expect(timingProblem({ ...base, thankYouDelayHours: 48, thankYouOverdueHours: 48 })).toBeNull();
    expect(timingProblem({ ...base, thankYouDelayHours: 72, thankYouOverdueHours: 48 })).toEqual({
      field: 'thankYouOverdueHours',
      message: 'A thank-you cannot be late before it is due: make this 72 hours or more.',
    });
  });
});

describe('bounds on stored timing', () => {
  it('refuses more than 100 tag cadences', () => {
    const byTag = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`tag-${i}`, 30]));
    expect(timingSettingsSchema.safeParse({ keepInTouchDaysByTag: byTag }).success).toBe(false);
    expect(timingSettingsSchema.safeParse({ keepInTouchDaysByTag: Object.fromEntries(Object.entries(byTag).slice(0, 100)) }).success).toBe(
      true,
    );
  });
});
