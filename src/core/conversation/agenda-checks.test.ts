import { describe, expect, it } from 'vitest';
import { createDefaultAgenda, spreadMinutes } from './agenda.ts';
import { introductionCheck, minutesCheck, questionCountCheck, questionTimeCheck } from './agenda-checks.ts';
import { addOwnQuestion, removeItem, updateItem } from './agenda-edit.ts';

const base = createDefaultAgenda(20); // four questions: item-2 to item-5

describe('the question count', () => {
  it('is fine from 3 to 6 questions, and warns outside', () => {
    expect(questionCountCheck(base)).toEqual({ ok: true, count: 4, message: null });
    const two = removeItem(removeItem(base, 'item-2'), 'item-3');
    expect(questionCountCheck(two)).toEqual({ ok: false, count: 2, message: 'Plan 3 to 6 questions: this agenda has 2.' });
    const seven = ['a?', 'b?', 'c?'].reduce(addOwnQuestion, base);
    expect(questionCountCheck(seven)).toMatchObject({
      ok: false,
      count: 7,
      message: 'Plan 3 to 6 questions: this agenda has 7. Keep the most important ones.',
    });
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
      ok: false,
      total: 22,
      length: 20,
      difference: 2,
      message: 'The items add up to 22 minutes, 2 minutes over the 20-minute conversation.',
    });
    expect(minutesCheck(updateItem(base, 'item-2', { minutes: 3 })).message).toBe(
      'The items add up to 19 minutes, 1 minute short of the 20-minute conversation.',
    );
  });
});

describe('the time each question gets', () => {
  /** The default agenda of `length` minutes with `count` questions, the minutes spread as the page's button does. */
  const withQuestions = (length: number, count: number) => {
    const agenda = createDefaultAgenda(length);
    const others = agenda.items.filter((item) => item.kind !== 'question');
    const questions = Array.from({ length: count }, (_, i) => ({
      id: `q-${i}`,
      kind: 'question' as const,
      text: `Question ${i}?`,
      minutes: 0,
      source: null,
    }));
    return spreadMinutes({ ...agenda, items: [others[0]!, ...questions, ...others.slice(1)] });
  };

  it.each([
    // length, questions, fits, message
    [15, 3, 3, null],
    [
      15,
      4,
      3,
      'A 15-minute conversation leaves about 11 minutes for questions after the introduction and closing: room for 3 questions at 3 minutes each, and this agenda has 4. Drop a question, or ask for a longer conversation.',
    ],
    [
      15,
      6,
      3,
      'A 15-minute conversation leaves about 11 minutes for questions after the introduction and closing: room for 3 questions at 3 minutes each, and this agenda has 6. Drop 3 questions, or ask for a longer conversation.',
    ],
    [20, 5, 5, null],
    [
      20,
      6,
      5,
      'A 20-minute conversation leaves about 15 minutes for questions after the introduction and closing: room for 5 questions at 3 minutes each, and this agenda has 6. Drop a question, or ask for a longer conversation.',
    ],
    [30, 6, 7, null],
    [45, 6, 12, null],
    [
      5,
      1,
      0,
      'A 5-minute conversation leaves about 2 minutes for questions after the introduction and closing: no room for a question at 3 minutes each, and this agenda has 1. Drop a question, or ask for a longer conversation.',
    ],
    [15, 0, 3, null],
  ] as const)('%i minutes with %i questions: room for %i', (length, count, fits, message) => {
    expect(questionTimeCheck(withQuestions(length, count))).toEqual({ ok: message === null, fits, message });
  });

  it('warns when a question is given less than 3 minutes by hand, though the time box has room', () => {
    expect(questionTimeCheck(updateItem(base, 'item-2', { minutes: 2 }))).toEqual({
      ok: false,
      fits: 5,
      message: '1 question has less than 3 minutes, too little for an answer. Spread the minutes, or drop a question.',
    });
    const two = updateItem(updateItem(base, 'item-2', { minutes: 1 }), 'item-3', { minutes: 0 });
    expect(questionTimeCheck(two).message).toBe(
      '2 questions have less than 3 minutes, too little for an answer. Spread the minutes, or drop a question.',
    );
  });

  it('counts only the closing items the agenda has: without the referral ask and wrap-up there is more room', () => {
    const bare = {
      ...withQuestions(15, 4),
      items: withQuestions(15, 4).items.filter((item) => item.kind === 'question' || item.kind === 'intro'),
    };
    expect(questionTimeCheck(spreadMinutes(bare))).toEqual({ ok: true, fits: 4, message: null });
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
    expect(introductionCheck(words(50))).toMatchObject({
      ok: false,
      seconds: 20,
      message: 'About 20 seconds aloud: there is room to say a little more.',
    });
  });
});
