import { bodyLimit, characterCount, subjectLimit, wordCount } from './channels.ts';
import type { Channel } from './channels.ts';
import { endsWithQuestion, jobMention, normalizeForLint, statedMinutes, statesConnection, withoutSignOff } from './draft-lint-phrases.ts';
import { templateVariables, variableLabels } from './template-variables.ts';
import { z } from '../z.ts';

/** In the order the composer lists them. Hints only: none of them stops a copy. */
export const lintHintIds = [
  'placeholder',
  'over-limit',
  'subject-over-limit',
  'no-greeting',
  'no-connection',
  'mentions-job',
  'no-time-asked',
  'long-call',
  'no-closing-question',
  'too-many-words',
] as const;
export type LintHintId = (typeof lintHintIds)[number];

export interface LintHint {
  id: LintHintId;
  /** One sentence that says what and why. */
  message: string;
}

/**
 * The method's thresholds, stored as settings. The word count applies to every channel, email too:
 * Dalton's 100 words were written for email; a connection note meets its character limit first.
 */
export const lintOptionsSchema = z.object({
  maxWords: z._default(z.int().check(z.gte(10), z.lte(1_000)), 100),
  maxMinutes: z._default(z.int().check(z.gte(5), z.lte(240)), 30),
  disabled: z._default(z.array(z.enum(lintHintIds)), []),
});
export type LintOptions = z.infer<typeof lintOptionsSchema>;
export const defaultLintOptions: LintOptions = lintOptionsSchema.parse({});

export interface LintInput {
  channel: Channel;
  body: string;
  subject?: string;
  /** The person's first name, to check the greeting; without it any greeting by a name will do. */
  firstName?: string;
  premium?: boolean;
}

const braces = /\{\s*[A-Za-z][A-Za-z0-9]*\s*\}/u;
const gaps = templateVariables.map((variable) => `[${variableLabels[variable]}]`);
const greetingWord = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))[\s,]+([^\s,!:;]+)/iu;
const honorific = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor)\.?$/iu;
const notAName = /^(?:there|all|everyone|team|folks|sir|madam|friend)$/iu;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Hi Avery," / "Dear Avery" / "Hello Avery!"; a formal "Dear Dr. Quinlan" is also by name. */
function greetsByName(body: string, firstName: string | undefined): boolean {
  const name = greetingWord.exec(body)?.[1]?.replace(/[.]+$/u, '');
  if (!name || notAName.test(name)) return false;
  if (honorific.test(name) || !firstName?.trim()) return true;
  return fold(name) === fold(firstName.trim());
}

function leftPlaceholder(text: string): string | null {
  return braces.exec(text)?.[0] ?? gaps.find((gap) => text.includes(gap)) ?? null;
}

function overBy(text: string, limit: number | null): number {
  return limit === null ? 0 : Math.max(0, characterCount(text) - limit);
}

/** The hints for a draft, in `lintHintIds` order. A blank body gets none: there is nothing to judge yet. */
export function lintDraft(input: LintInput, options: LintOptions = defaultLintOptions): LintHint[] {
  if (!input.body.trim()) return [];
  const body = normalizeForLint(input.body);
  const subject = normalizeForLint(input.subject ?? '');
  const hints: LintHint[] = [];
  const hint = (id: LintHintId, message: string) => hints.push({ id, message });

  const placeholder = leftPlaceholder(`${subject}\n${body}`);
  if (placeholder) hint('placeholder', `“${placeholder}” is still a placeholder, and the person would read it as it is.`);
  const bodyMax = bodyLimit(input.channel, { premium: input.premium ?? false });
  const bodyOver = overBy(input.body, bodyMax);
  if (bodyOver)
    hint('over-limit', `It is ${bodyOver} characters over LinkedIn’s limit of ${bodyMax} for this channel, so it cannot be sent as it is.`);
  const subjectMax = subjectLimit(input.channel);
  const subjectOver = overBy(input.subject ?? '', subjectMax);
  if (subjectOver)
    hint(
      'subject-over-limit',
      `The subject is ${subjectOver} characters over LinkedIn’s limit of ${subjectMax}, so it cannot be sent as it is.`,
    );

  if (!greetsByName(body, input.firstName)) {
    const whom = input.firstName?.trim() ? `“Hi ${input.firstName.trim()},”` : 'their name';
    hint('no-greeting', `Open with ${whom}: a greeting by name shows this was written for them.`);
  }
  if (!statesConnection(body))
    hint(
      'no-connection',
      'Say what you share first (a school, an employer, a group or who referred you): it is the reason to answer a stranger.',
    );
  const job = jobMention(`${subject}\n${body}`);
  if (job) hint('mentions-job', `“${job}” points at a job, which makes a yes harder: ask for their advice and story instead.`);

  const minutes = statedMinutes(body);
  if (minutes.length === 0) hint('no-time-asked', 'Say how long you ask for (say 20 minutes): a small, known ask is easier to accept.');
  else if (Math.max(...minutes) > options.maxMinutes)
    hint('long-call', `Asking for more than ${options.maxMinutes} minutes is a big favour from someone who owes you nothing.`);
  if (!endsWithQuestion(withoutSignOff(body)))
    hint('no-closing-question', 'End on a question (“Would you be open to a 20-minute call?”) so there is something to say yes to.');
  const count = wordCount(body);
  if (count > options.maxWords)
    hint('too-many-words', `At ${count} words it is over ${options.maxWords}: a short request gets read to the end and answered.`);

  return hints.filter((found) => !options.disabled.includes(found.id));
}
