import { describe, expect, it } from 'vitest';
import {
  allQuestions,
  findQuestion,
  referralAsk,
  savedQuestionSchema,
  savedQuestionsBank,
  seedQuestions,
  tiaraQuestions,
} from './question-banks.ts';

describe('question banks', () => {
  it('holds the seeds’ seven examples', () => {
    expect(seedQuestions.map((q) => q.text)).toEqual([
      'How did you get your start in this industry?',
      'Can you describe your organisation’s culture?',
      'How important is diversity, equity and inclusion there?',
      'What have been your biggest projects?',
      'What is a typical day like?',
      'Which skills matter most?',
      'How do people advance?',
    ]);
  });

  it('holds TIARA in its order, with the method’s wording', () => {
    expect(tiaraQuestions.map((q) => q.label)).toEqual(['Trends', 'Insights', 'Advice', 'Resources', 'Assignments']);
    expect(tiaraQuestions.map((q) => q.text)).toEqual([
      'What trends are you seeing in your industry?',
      'What surprised you most about your role?',
      'What can I do now to prepare?',
      'Which resources, events or groups should I know?',
      'Which projects are most typical for someone in your role?',
    ]);
  });

  it('asks both referral questions in one line', () => {
    expect(referralAsk).toBe('Who else should I talk to? May I mention that you suggested them?');
  });

  it('keeps ids unique within each bank', () => {
    const keys = allQuestions().map((q) => `${q.bank}/${q.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('adds the user’s saved questions as the last bank', () => {
    const saved = [
      savedQuestionSchema.parse({ id: 'q1', text: '  What would you do differently?  ', createdAt: '2026-11-01T09:00:00.000Z' }),
    ];
    expect(saved[0]).toMatchObject({ text: 'What would you do differently?', label: '' });
    expect(savedQuestionsBank(saved)).toEqual([{ id: 'q1', bank: 'mine', text: 'What would you do differently?', label: '' }]);
    expect(allQuestions(saved).at(-1)?.bank).toBe('mine');
    expect(findQuestion('mine', 'q1', saved)?.text).toBe('What would you do differently?');
    expect(findQuestion('tiara', 'advice')?.text).toBe('What can I do now to prepare?');
    expect(findQuestion('seeds', 'nope')).toBeUndefined();
  });

  it('refuses a saved question without text', () => {
    expect(savedQuestionSchema.safeParse({ id: 'q1', text: '   ', createdAt: '2026-11-01T09:00:00.000Z' }).success).toBe(false);
  });
});
