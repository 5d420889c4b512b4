import { describe, expect, it } from 'vitest';
import { createDefaultAgenda, type Agenda } from './agenda.ts';
import {
  addItem,
  addOwnQuestion,
  addQuestion,
  moveItemDown,
  moveItemTo,
  moveItemUp,
  nextItemId,
  ownQuestionProblem,
  removeItem,
  setLength,
  updateItem,
} from './agenda-edit.ts';
import { findQuestion } from './question-banks.ts';

const ids = (agenda: Agenda) => agenda.items.map((item) => item.id);
const kinds = (agenda: Agenda) => agenda.items.map((item) => item.kind);
// item-1 intro, item-2..4 questions, item-5 referral, item-6 wrap-up
const base = createDefaultAgenda(15);

describe('adding and removing agenda items', () => {
  it('adds a bank question after the last question, with a fresh id and the shortest question’s minutes', () => {
    const added = addQuestion(base, findQuestion('seeds', 'typical-day')!);
    expect(kinds(added)).toEqual(['intro', 'question', 'question', 'question', 'question', 'referral', 'wrap-up']);
    expect(added.items[4]).toEqual({
      id: 'item-7',
      kind: 'question',
      text: 'What is a typical day like?',
      minutes: 3,
      source: { bank: 'seeds', id: 'typical-day' },
    });
    expect(base.items).toHaveLength(6);
  });

  it('adds a referral question as a referral item, and a typed question with no source', () => {
    expect(addQuestion(base, findQuestion('referral', 'who-else')!, 0).items[0]).toMatchObject({ kind: 'referral', id: 'item-7' });
    const own = addOwnQuestion(base, '  What would you do differently?  ');
    expect(own.items[4]).toMatchObject({ kind: 'question', text: 'What would you do differently?', source: null });
  });

  it('refuses a typed question already in the agenda, whatever its case and spacing, and says which item it is', () => {
    const once = addOwnQuestion(base, 'What would you do differently?');
    for (const again of ['What would you do differently?', '  what WOULD you   do differently? ', 'What would you\tdo differently?']) {
      expect(ownQuestionProblem(once, again)).toBe(
        'This question is already item 5 of the agenda. Change its wording, or keep the one there.',
      );
      expect(addOwnQuestion(once, again)).toBe(once);
    }
    // A bank question's text counts too, and a different question is welcome.
    expect(ownQuestionProblem(base, 'how did you get your start in this industry?')).toMatch(/^This question is already item 2/);
    expect(ownQuestionProblem(once, 'What would you do the same?')).toBeNull();
    expect(addOwnQuestion(base, '   ')).toBe(base);
  });

  it('puts the first question of an empty agenda first, worth 3 minutes', () => {
    const empty = { ...base, items: [] };
    expect(addOwnQuestion(empty, 'Why?').items).toEqual([{ id: 'item-1', kind: 'question', text: 'Why?', minutes: 3, source: null }]);
  });

  it('never reuses an id and ignores ids it did not make', () => {
    const removed = removeItem(base, 'item-6');
    expect(nextItemId(removed)).toBe('item-6');
    const odd = addItem(
      { ...base, items: [{ ...base.items[0]!, id: 'custom' }] },
      { kind: 'wrap-up', text: 'Thanks', minutes: 1, source: null, id: 'custom' },
    );
    expect(ids(odd)).toEqual(['custom', 'item-1']);
  });

  it('removes and updates by id, and leaves the agenda alone for an unknown id', () => {
    expect(ids(removeItem(base, 'item-3'))).toEqual(['item-1', 'item-2', 'item-4', 'item-5', 'item-6']);
    expect(removeItem(base, 'nope')).toEqual(base);
    expect(updateItem(base, 'item-2', { minutes: 7, text: 'How did you start?' }).items[1]).toMatchObject({
      minutes: 7,
      text: 'How did you start?',
    });
    expect(updateItem(base, 'nope', { minutes: 7 })).toEqual(base);
  });
});

describe('reordering agenda items', () => {
  it('moves one place up or down, and stays put at either end', () => {
    expect(ids(moveItemUp(base, 'item-3'))).toEqual(['item-1', 'item-3', 'item-2', 'item-4', 'item-5', 'item-6']);
    expect(ids(moveItemDown(base, 'item-3'))).toEqual(['item-1', 'item-2', 'item-4', 'item-3', 'item-5', 'item-6']);
    expect(moveItemUp(base, 'item-1')).toBe(base);
    expect(moveItemDown(base, 'item-6')).toBe(base);
    expect(moveItemUp(base, 'nope')).toBe(base);
  });

  it('moves to an index of the resulting list, clamped to its ends', () => {
    expect(ids(moveItemTo(base, 'item-2', 3))).toEqual(['item-1', 'item-3', 'item-4', 'item-2', 'item-5', 'item-6']);
    expect(ids(moveItemTo(base, 'item-5', 0))).toEqual(['item-5', 'item-1', 'item-2', 'item-3', 'item-4', 'item-6']);
    expect(ids(moveItemTo(base, 'item-1', 99))).toEqual(['item-2', 'item-3', 'item-4', 'item-5', 'item-6', 'item-1']);
    expect(ids(moveItemTo(base, 'item-6', -4))[0]).toBe('item-6');
    expect(moveItemTo(base, 'nope', 0)).toBe(base);
  });

  it('keeps each item’s minutes with it', () => {
    const moved = moveItemTo(base, 'item-4', 1);
    expect(moved.items[1]).toEqual(base.items[3]);
  });
});

describe('changing the length', () => {
  it('spreads the minutes again for the new length, within 5 to 240', () => {
    const longer = setLength(base, 30);
    expect(longer.lengthMinutes).toBe(30);
    expect(longer.items.reduce((total, item) => total + item.minutes, 0)).toBe(30);
    expect(ids(longer)).toEqual(ids(base));
    expect(setLength(base, 2).lengthMinutes).toBe(5);
    expect(setLength(base, 1_000).lengthMinutes).toBe(240);
    expect(setLength(base, Number.NaN).lengthMinutes).toBe(5);
  });
});
