import { describe, expect, it } from 'vitest';
import { agendaSchema, createDefaultAgenda, defaultQuestions, spreadMinutes, storedAgendaSchema, type Agenda } from './agenda.ts';
import { minutesCheck, questionCountCheck } from './agenda-checks.ts';

const sum = (agenda: Agenda) => agenda.items.reduce((total, item) => total + item.minutes, 0);

describe('the default agenda', () => {
  it('splits 15, 20 and 30 minutes into an introduction, questions, the referral ask and thanks', () => {
    const minutes = (length: number) => createDefaultAgenda(length).items.map((item) => [item.kind, item.minutes]);
    expect(minutes(15)).toEqual([
      ['intro', 1],
      ['question', 4],
      ['question', 4],
      ['question', 3],
      ['referral', 2],
      ['wrap-up', 1],
    ]);
    expect(minutes(20)).toEqual([
      ['intro', 2],
      ['question', 4],
      ['question', 4],
      ['question', 4],
      ['question', 3],
      ['referral', 2],
      ['wrap-up', 1],
    ]);
    expect(minutes(30)).toEqual([
      ['intro', 2],
      ...Array(3).fill(['question', 5]),
      ['question', 4],
      ['question', 4],
      ['referral', 3],
      ['wrap-up', 2],
    ]);
  });

  it('adds up to the length and passes its own checks for every length from 5 to 240', () => {
    for (let length = 5; length <= 240; length++) {
      const agenda = createDefaultAgenda(length);
      expect(sum(agenda)).toBe(length);
      expect(minutesCheck(agenda).ok).toBe(true);
      expect(questionCountCheck(agenda).ok).toBe(true);
      expect(agendaSchema.safeParse(agenda).success).toBe(true);
    }
  });

  it('opens with the start-in-the-industry question and keeps TIARA in its order', () => {
    expect(defaultQuestions(15).map((q) => q.id)).toEqual(['start', 'trends', 'advice']);
    expect(defaultQuestions(20).map((q) => q.id)).toEqual(['start', 'trends', 'insights', 'advice']);
    expect(defaultQuestions(60).map((q) => q.id)).toEqual(['start', 'trends', 'insights', 'advice', 'resources', 'assignments']);
  });

  it('records where each question came from and gives every item its own id', () => {
    const agenda = createDefaultAgenda(20);
    expect(agenda.items[1]?.source).toEqual({ bank: 'seeds', id: 'start' });
    expect(new Set(agenda.items.map((item) => item.id)).size).toBe(agenda.items.length);
  });
});

describe('spreading minutes', () => {
  it('rebalances hand-set minutes, the extra minutes to the first questions', () => {
    const agenda = createDefaultAgenda(20);
    const messy = { ...agenda, items: agenda.items.map((item) => ({ ...item, minutes: 9 })) };
    expect(spreadMinutes(messy)).toEqual(agenda);
  });

  it('still adds up without questions, and with more fixed items than minutes', () => {
    const base = createDefaultAgenda(15);
    const noQuestions = { ...base, items: base.items.filter((item) => item.kind !== 'question') };
    expect(spreadMinutes(noQuestions).items.map((item) => item.minutes)).toEqual([1, 2, 12]);
    const crowded = { ...base, lengthMinutes: 5, items: [...noQuestions.items, ...noQuestions.items, ...noQuestions.items] };
    expect(sum(spreadMinutes(crowded))).toBe(5);
    expect(spreadMinutes({ ...base, items: [] }).items).toEqual([]);
  });
});

describe('the stored agenda', () => {
  it('fills defaults and refuses a length outside 5 to 240 minutes', () => {
    expect(agendaSchema.parse({})).toEqual({ lengthMinutes: 20, introduction: '', items: [] });
    expect(agendaSchema.safeParse({ lengthMinutes: 4 }).success).toBe(false);
    expect(agendaSchema.safeParse({ lengthMinutes: 241 }).success).toBe(false);
    expect(agendaSchema.safeParse({ lengthMinutes: 17.5 }).success).toBe(false);
    const stored = storedAgendaSchema.parse({ ...createDefaultAgenda(30), slug: 'avery-quinlan', updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(stored).toMatchObject({ slug: 'avery-quinlan', conversationId: null, lengthMinutes: 30 });
  });

  it('refuses an item without text', () => {
    const agenda = createDefaultAgenda(20);
    const blank = { ...agenda, items: [{ ...agenda.items[0]!, text: '  ' }] };
    expect(agendaSchema.safeParse(blank).success).toBe(false);
  });
});
