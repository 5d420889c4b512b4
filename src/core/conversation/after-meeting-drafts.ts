import { asClause, asPlans, asQuestion, asSentence, greeting, paragraphs, quoted, signOff } from '../drafting/draft-sentences.ts';
import { doneSteps, openSteps, quotedAdvice, type MeetingNotes } from './meeting-notes.ts';

/**
 * Drafts for after the conversation (see the method notes): the thank-you within a day, a referral
 * request, and later a note that closes the loop. They are drafts for the user to edit and send
 * themselves. A missing note never becomes a made-up detail: the draft falls back to a plain, honest
 * line and names the missing piece so the UI can suggest noting it.
 */
export interface AfterMeetingContext {
  /** The person's first name; without it the greeting is a plain "Hello,". */
  firstName?: string;
  /** Signs the message when given. */
  myName?: string;
  /** What the user is exploring, such as "product design"; makes the referral ask concrete. */
  field?: string;
}

export type MissingPiece = 'advice' | 'next-step' | 'outcome';

export const missingPieceHints: Record<MissingPiece, string> = {
  advice: 'Note one piece of advice to quote.',
  'next-step': 'Note what you will do next.',
  outcome: 'Say what came of their advice.',
};

export interface AfterMeetingDraft {
  subject: string;
  body: string;
  /** What the draft had to do without, in the order of the hints to show. */
  missing: MissingPiece[];
}

type Notes = Pick<MeetingNotes, 'advice' | 'quotedAdviceId' | 'nextSteps' | 'clarifyingQuestion'>;

/** A thank-you names at most two next steps: it is a short note, not a plan. */
const thankYouMaxSteps = 2;

export function thankYouDraft(notes: Notes, context: AfterMeetingContext = {}, options: { adviceId?: string } = {}): AfterMeetingDraft {
  const missing: MissingPiece[] = [];
  const advice = quotedAdvice(notes, options.adviceId);
  if (!advice) missing.push('advice');
  const plans = asPlans(
    openSteps(notes)
      .slice(0, thankYouMaxSteps)
      .map((step) => step.text),
  );
  if (!plans) missing.push('next-step');
  const question = asQuestion(notes.clarifyingQuestion);
  const name = context.firstName?.trim();
  const body = paragraphs(
    greeting(context.firstName),
    [
      'Thank you for taking the time to talk with me.',
      advice
        ? `I especially appreciated your advice: ${quoted(advice.text)}`
        : 'I learned a lot from hearing about your work and the path that led you there.',
    ].join(' '),
    question && `I have one more question, if you have a moment: ${question}`,
    plans ?? 'I will let you know how I get on.',
    'Thank you again for your time and generosity.',
    signOff(context.myName),
  );
  return { subject: name ? `Thank you, ${name}` : 'Thank you for your time', body, missing };
}

/** Bolles's two referral questions, asked together so the person knows their name may be used. */
export function referralRequestDraft(context: AfterMeetingContext = {}): AfterMeetingDraft {
  const field = context.field ? asClause(context.field) : '';
  const body = paragraphs(
    greeting(context.firstName),
    `Thank you again for our conversation. As I keep learning about ${field || 'this field'}, is there anyone else you think I should talk to? And if so, may I mention that you suggested them?`,
    'No worries at all if no one comes to mind.',
    signOff(context.myName),
  );
  return { subject: 'Who else should I talk to?', body, missing: [] };
}

/**
 * Closing the loop: telling the person that their advice was acted on, and what came of it. The
 * outcome is the user's own sentence; without one the note only reports the action, and flags it.
 */
export function closeTheLoopDraft(
  notes: Notes,
  context: AfterMeetingContext = {},
  options: { adviceId?: string; outcome?: string } = {},
): AfterMeetingDraft {
  const missing: MissingPiece[] = [];
  const advice = quotedAdvice(notes, options.adviceId);
  if (!advice) missing.push('advice');
  const outcome = options.outcome ? asSentence(options.outcome) : '';
  if (!outcome) missing.push('outcome');
  const done = doneSteps(notes).map((step) => step.text);
  const action = advice
    ? `I wanted to let you know that I followed your advice: ${quoted(advice.text)}`
    : done.length > 0
      ? `I wanted to let you know what I have done since we spoke: ${asSentence(done.map(asClause).join('; '))}`
      : 'I wanted to let you know how things have gone since we spoke.';
  const body = paragraphs(
    greeting(context.firstName),
    [action, outcome].filter(Boolean).join(' '),
    'Thank you again for your help. I hope all is well with you.',
    signOff(context.myName),
  );
  return { subject: advice ? 'I followed your advice' : 'An update since we spoke', body, missing };
}
