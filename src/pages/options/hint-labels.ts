import type { LintHintId } from '../../core/drafting/draft-lint.ts';

/**
 * What each drafting hint watches for, as the options list it. The hints' own messages (in
 * draft-lint.ts) are written for one draft; these say in general what turning one off gives up.
 */
export const hintLabels: Record<LintHintId, { label: string; why: string }> = {
  placeholder: { label: 'A placeholder is left in', why: 'such as {firstName} or [first name], which the person would read as it is' },
  'over-limit': { label: 'The message is over the channel’s limit', why: 'LinkedIn would not send it as it is' },
  'subject-over-limit': { label: 'The InMail subject is over its limit', why: 'LinkedIn would not send it as it is' },
  'no-greeting': { label: 'No greeting by name', why: 'a greeting by name shows it was written for them' },
  'no-connection': { label: 'No connection stated', why: 'what you share is the reason to answer a stranger' },
  'mentions-job': { label: 'It mentions a job', why: 'asking about jobs makes a yes harder than asking for advice' },
  'no-time-asked': { label: 'No length of call asked for', why: 'a small, known ask is easier to accept' },
  'long-call': { label: 'The call asked for is too long', why: 'longer than the limit set above' },
  'no-closing-question': { label: 'No closing question', why: 'a question gives them something to say yes to' },
  'too-many-words': { label: 'Too many words', why: 'more than the limit set above' },
};
