import { questionBanks, referralAsk, seedQuestions, tiaraQuestions, type BankQuestion } from './question-banks.ts';
import { z } from '../z.ts';

/**
 * The plan of one conversation (see the method notes): a short introduction of the user, 3–6
 * prepared questions in priority order, the referral ask, thanks. Every item has minutes so the user
 * can see whether the plan fits the time they asked for.
 */
const agendaItemKinds = ['intro', 'question', 'referral', 'wrap-up'] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** The lengths the method suggests asking for; any other length from 5 to 240 minutes is custom. */
export const agendaLengths = [15, 20, 30] as const;
export const agendaLengthRange = { min: 5, max: 240 } as const;

const lengthMinutes = z.int().check(z.gte(agendaLengthRange.min), z.lte(agendaLengthRange.max));

const agendaItemSchema = z.object({
  /** Stable across moves, so the list can key its rows and keep focus on the moved one. */
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  kind: z.enum(agendaItemKinds),
  text: z.string().check(z.trim(), z.minLength(1, 'An agenda item needs some text.'), z.maxLength(500)),
  minutes: z.int().check(z.gte(0), z.lte(agendaLengthRange.max)),
  /** The bank question it was picked from, so the picker can mark it as used. */
  source: z._default(z.nullable(z.object({ bank: z.enum(questionBanks), id: z.string().check(z.maxLength(100)) })), null),
});

export const agendaSchema = z.object({
  lengthMinutes: z._default(lengthMinutes, 20),
  /** The user's own 30–60 second introduction, for their preparation; not part of the sent agenda. */
  introduction: z._default(z.string().check(z.trim(), z.maxLength(2_000)), ''),
  items: z._default(z.array(agendaItemSchema).check(z.maxLength(30)), []),
});

/** One agenda per conversation, saved as it is edited. */
export const storedAgendaSchema = z.extend(agendaSchema, {
  slug: z.string().check(z.minLength(1), z.maxLength(200)),
  conversationId: z._default(z.nullable(z.int().check(z.positive())), null),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Agenda = z.infer<typeof agendaSchema>;

const introItemText = 'A short introduction of me';
const wrapUpItemText = 'Thanks and wrap-up';

/**
 * Default picks, best first: the seeds' opener, then TIARA's advice and trends. A shorter agenda
 * takes the first few, and they are then asked in conversation order (TIARA's own order).
 */
const priority: readonly BankQuestion[] = ['start', 'trends', 'advice', 'insights', 'resources', 'assignments'].map((id) =>
  [...seedQuestions, ...tiaraQuestions].find((question) => question.id === id)!,
);
const conversationOrder = [seedQuestions[0]!, ...tiaraQuestions];

function defaultQuestionCount(length: number): number {
  if (length < 20) return 3;
  if (length < 30) return 4;
  if (length < 45) return 5;
  return 6;
}

export function defaultQuestions(length: number): BankQuestion[] {
  const picked = priority.slice(0, defaultQuestionCount(length));
  return conversationOrder.filter((question) => picked.includes(question));
}

/** Minutes an item other than a question keeps when minutes are spread; questions share the rest. */
export function fixedMinutes(kind: Exclude<AgendaItemKind, 'question'>, length: number): number {
  if (kind === 'intro') return length >= 20 ? 2 : 1;
  if (kind === 'referral') return length >= 30 ? 3 : length >= 10 ? 2 : 1;
  return length >= 30 ? 2 : 1;
}

export function questionItem(id: string, question: Pick<BankQuestion, 'bank' | 'id' | 'text'>, minutes = 0): AgendaItem {
  const kind = question.bank === 'referral' ? 'referral' : 'question';
  return { id, kind, text: question.text, minutes, source: { bank: question.bank, id: question.id } };
}

export function createDefaultAgenda(length: number): Agenda {
  const items: AgendaItem[] = [
    { id: 'item-1', kind: 'intro', text: introItemText, minutes: 0, source: null },
    ...defaultQuestions(length).map((question, index) => questionItem(`item-${index + 2}`, question)),
  ];
  items.push({ id: `item-${items.length + 1}`, kind: 'referral', text: referralAsk, minutes: 0, source: null });
  items.push({ id: `item-${items.length + 1}`, kind: 'wrap-up', text: wrapUpItemText, minutes: 0, source: null });
  return spreadMinutes(agendaSchema.parse({ lengthMinutes: length, items }));
}

/**
 * Gives the introduction, referral ask and wrap-up their fixed minutes and shares the rest among the
 * questions, the extra minutes to the first (highest-priority) ones. The sum always equals the length.
 */
export function spreadMinutes(agenda: Agenda): Agenda {
  let budget = agenda.lengthMinutes;
  const minutes = agenda.items.map((item) => {
    if (item.kind === 'question') return 0;
    const take = Math.min(fixedMinutes(item.kind, agenda.lengthMinutes), budget);
    budget -= take;
    return take;
  });
  const questions = agenda.items.flatMap((item, index) => (item.kind === 'question' ? [index] : []));
  if (questions.length > 0) {
    const each = Math.floor(budget / questions.length);
    questions.forEach((index, rank) => (minutes[index] = each + (rank < budget % questions.length ? 1 : 0)));
  } else if (minutes.length > 0) {
    minutes[minutes.length - 1]! += budget;
  }
  return { ...agenda, items: agenda.items.map((item, index) => ({ ...item, minutes: minutes[index]! })) };
}
