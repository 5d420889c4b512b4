import { describe, expect, it } from 'vitest';
import type { SavedQuestion } from '../../core/conversation/question-banks.ts';
import { checkQuestion, duplicateProblem, moveQuestion, removeQuestion, replaceQuestion } from './question-list.ts';

const at = '2026-03-02T10:00:00.000Z';
const q = (id: string): SavedQuestion => ({ id, text: `Question ${id}?`, label: '', createdAt: at });
const ids = (list: readonly SavedQuestion[]) => list.map((question) => question.id);

describe('the saved questions list', () => {
  it('moves a question up or down by one, and leaves the ends alone', () => {
    const list = [q('a'), q('b'), q('c')];
    expect(ids(moveQuestion(list, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveQuestion(list, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveQuestion(list, 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveQuestion(list, 'c', 1))).toEqual(['a', 'b', 'c']);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });

  it('replaces a question in place and removes one', () => {
    const list = [q('a'), q('b')];
    expect(replaceQuestion(list, { ...q('b'), text: 'New?' })[1]?.text).toBe('New?');
    expect(ids(removeQuestion(list, 'a'))).toEqual(['b']);
  });

  it('checks a new question with the stored schema: trimmed, dated, given an id', () => {
    const check = checkQuestion({ text: '  What would you do differently?  ', label: ' Hindsight ' }, new Date(at));
    expect(check).toMatchObject({ ok: true, question: { text: 'What would you do differently?', label: 'Hindsight', createdAt: at } });
    if (check.ok) expect(check.question.id).toMatch(/^q-/);
    expect(checkQuestion({ id: 'x', text: 'Same?', label: '', createdAt: at })).toEqual({
      ok: true,
      question: { id: 'x', text: 'Same?', label: '', createdAt: at },
    });
  });

  it('says what is wrong with an empty or long question', () => {
    expect(checkQuestion({ text: '   ', label: '' })).toEqual({ ok: false, errors: ['A question needs some text.'] });
    expect(checkQuestion({ text: 'x'.repeat(501), label: 'y'.repeat(61) })).toEqual({
      ok: false,
      errors: ['The question can be at most 500 characters.', 'The short label can be at most 60 characters.'],
    });
  });

  it('refuses the same question twice, whatever its case and spacing, but not the question being edited', () => {
    const list = [q('a'), { ...q('b'), text: 'Who else should I talk to?' }];
    expect(duplicateProblem(list, '  who ELSE   should i talk to? ')).toMatch(/^You already have this question \(number 2\)/);
    expect(duplicateProblem(list, 'Who else should I talk to?', 'a')).not.toBeNull();
    expect(duplicateProblem(list, 'Who else should I talk to?', 'b')).toBeNull();
    expect(duplicateProblem(list, 'Who else should I talk to next?')).toBeNull();
  });
});
