import { z } from '../z.ts';

/**
 * Where the prepared questions of an agenda come from (see the method notes): the seeds' examples,
 * Dalton's TIARA, Bolles's referral questions, and questions the user saved themselves.
 */
export const questionBanks = ['seeds', 'tiara', 'referral', 'mine'] as const;
export type QuestionBank = (typeof questionBanks)[number];

export const questionBankLabels: Record<QuestionBank, string> = {
  seeds: 'Classic questions',
  tiara: 'TIARA',
  referral: 'Referrals',
  mine: 'My questions',
};

export interface BankQuestion {
  /** Stable within its bank, so an agenda item can say where it came from. */
  id: string;
  bank: QuestionBank;
  text: string;
  /** A short name shown beside the question, such as TIARA's letter. */
  label: string;
}

/** Two wordings are the same question when they differ only in case and spacing. */
export function sameQuestionText(a: string, b: string): boolean {
  const key = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return key(a) === key(b);
}

function bank(name: QuestionBank, entries: readonly (readonly [id: string, label: string, text: string])[]): readonly BankQuestion[] {
  return entries.map(([id, label, text]) => ({ id, bank: name, label, text }));
}

export const seedQuestions = bank('seeds', [
  ['start', 'Getting started', 'How did you get your start in this industry?'],
  ['culture', 'Culture', 'Can you describe your organisation’s culture?'],
  ['dei', 'Diversity', 'How important is diversity, equity and inclusion there?'],
  ['projects', 'Projects', 'What have been your biggest projects?'],
  ['typical-day', 'Typical day', 'What is a typical day like?'],
  ['skills', 'Skills', 'Which skills matter most?'],
  ['advance', 'Advancing', 'How do people advance?'],
]);

/** Asked roughly in this order, from small talk to career, so the order of the list is the order to ask. */
export const tiaraQuestions = bank('tiara', [
  ['trends', 'Trends', 'What trends are you seeing in your industry?'],
  ['insights', 'Insights', 'What surprised you most about your role?'],
  ['advice', 'Advice', 'What can I do now to prepare?'],
  ['resources', 'Resources', 'Which resources, events or groups should I know?'],
  ['assignments', 'Assignments', 'Which projects are most typical for someone in your role?'],
]);

export const referralQuestions = bank('referral', [
  ['who-else', 'Who else', 'Who else should I talk to?'],
  ['mention', 'Mention', 'May I mention that you suggested them?'],
]);

/** The referral ask as one agenda line: both of Bolles's questions belong together. */
export const referralAsk = referralQuestions.map((question) => question.text).join(' ');

/** A question the user wrote and kept for later agendas. */
export const savedQuestionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  text: z.string().check(z.trim(), z.minLength(1, 'A question needs some text.'), z.maxLength(500)),
  label: z._default(z.string().check(z.trim(), z.maxLength(60)), ''),
  createdAt: z.iso.datetime({ offset: true }),
});

export type SavedQuestion = z.infer<typeof savedQuestionSchema>;

export function savedQuestionsBank(saved: readonly SavedQuestion[]): BankQuestion[] {
  return saved.map((question) => ({ id: question.id, bank: 'mine', text: question.text, label: question.label }));
}

/** Every bank in the order the picker shows them; the user's own questions last. */
export function allQuestions(saved: readonly SavedQuestion[] = []): BankQuestion[] {
  return [...seedQuestions, ...tiaraQuestions, ...referralQuestions, ...savedQuestionsBank(saved)];
}

export function findQuestion(bankName: QuestionBank, id: string, saved: readonly SavedQuestion[] = []): BankQuestion | undefined {
  return allQuestions(saved).find((question) => question.bank === bankName && question.id === id);
}
