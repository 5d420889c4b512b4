import { describe, expect, it } from 'vitest';
import { createDefaultAgenda } from './agenda.ts';
import { introductionCheck, minutesCheck, questionCountCheck } from './agenda-checks.ts';
import { addOwnQuestion, removeItem, updateItem } from './agenda-edit.ts';

const base = createDefaultAgenda(20); // four questions: item-2 to item-5

describe('the question count', () => {
  it('is fine from 3 to 6 questions, and warns outside', () => {
    expect(questionCountCheck(base)).toEqual({ ok: true, count: 4, message: null });
    const two = removeItem(removeItem(base, 'item-2'), 'item-3');
    expect(questionCountCheck(two)).toEqual({ ok: false, count: 2, message: 'Plan 3 to 6 questions: this agenda has 2.' });
    const seven = ['a?', 'b?', 'c?'].reduce(addOwnQuestion, base);
    expect(questionCountCheck(seven)).toMatchObject({ ok: false, count: 7, message: 'Plan 3 to 6 questions: this agenda has 7. Keep the most important ones.' });
    expect(questionCountCheck({ ...base, items: [] }).message).toBe('Plan 3 to 6 questions: this agenda has none.');
  });

  it('counts questions only, not the referral ask or thanks, and follows other limits', () => {
    expect(questionCountCheck(base, { min: 5, max: 8 })).toMatchObject({ ok: false, count: 4 });
  });
});

describe('the minutes check', () => {
  it('passes when the items add up to the length', () => {
    expect(minutesCheck(base)).toEqual({ ok: true, total: 20, length: 20, difference: 0, message: null });
  });

  it('warns when the items run over or fall short', () => {
    expect(minutesCheck(updateItem(base, 'item-2', { minutes: 6 }))).toEqual({
      ok: false, total: 22, length: 20, difference: 2, message: 'The items add up to 22 minutes, 2 minutes over the 20-minute conversation.',
    });
    expect(minutesCheck(updateItem(base, 'item-2', { minutes: 3 })).message).toBe('The items add up to 19 minutes, 1 minute short of the 20-minute conversation.');
  });
});

describe('the introduction', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it('asks for one when there is none', () => {
    expect(introductionCheck('  ')).toMatchObject({ ok: false, seconds: 0, message: 'Write a 30–60 second introduction of yourself.' });
  });

  it('estimates seconds aloud and warns outside 30 to 60', () => {
    expect(introductionCheck(words(100))).toEqual({ ok: true, seconds: 40, message: null });
    expect(introductionCheck(words(200))).toMatchObject({ ok: false, seconds: 80, message: 'About 80 seconds aloud: aim for 30 to 60.' });
    expect(introductionCheck(words(50))).toMatchObject({ ok: false, seconds: 20, message: 'About 20 seconds aloud: there is room to say a little more.' });
  });
});
