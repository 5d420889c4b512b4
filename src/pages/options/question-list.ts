import { savedQuestionSchema, type SavedQuestion } from '../../core/conversation/question-banks.ts';

/** The user's saved questions as a list they edit; every change returns a new list to store. */

export function moveQuestion(list: readonly SavedQuestion[], id: string, by: -1 | 1): SavedQuestion[] {
  const from = list.findIndex((question) => question.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function replaceQuestion(list: readonly SavedQuestion[], question: SavedQuestion): SavedQuestion[] {
  return list.map((candidate) => (candidate.id === question.id ? question : candidate));
}

export function removeQuestion(list: readonly SavedQuestion[], id: string): SavedQuestion[] {
  return list.filter((question) => question.id !== id);
}

export type QuestionCheck = { ok: true; question: SavedQuestion } | { ok: false; errors: string[] };

/** Checked with the stored schema; the messages name the field, since zod's alone would not. */
export function checkQuestion(
  input: { id?: string; text: string; label: string; createdAt?: string },
  now: Date = new Date(),
): QuestionCheck {
  const parsed = savedQuestionSchema.safeParse({
    id: input.id ?? `q-${crypto.randomUUID()}`,
    text: input.text,
    label: input.label,
    createdAt: input.createdAt ?? now.toISOString(),
  });
  if (parsed.success) return { ok: true, question: parsed.data };
  const errors = parsed.error.issues.map((issue) => {
    if (issue.path[0] === 'text') return issue.code === 'too_small' ? issue.message : 'The question can be at most 500 characters.';
    if (issue.path[0] === 'label') return 'The short label can be at most 60 characters.';
    return issue.message;
  });
  return { ok: false, errors: [...new Set(errors)] };
}

/** Two questions are the same whatever their case and spacing: "Who else should I talk to?" twice. */
const sameText = (text: string) => text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase();

/** The problem with a question already in the list (another one, when `id` is the one being edited), or null. */
export function duplicateProblem(list: readonly SavedQuestion[], text: string, id?: string): string | null {
  const wanted = sameText(text);
  const twin = list.find((question) => question.id !== id && sameText(question.text) === wanted);
  return twin ? `You already have this question (number ${list.indexOf(twin) + 1}): change it, or keep the one you have.` : null;
}
