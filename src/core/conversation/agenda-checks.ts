import { fixedMinutes, type Agenda } from './agenda.ts';
import { wordCount } from '../drafting/channels.ts';

/**
 * Warnings, never errors: an agenda of two questions or seven is still the user's to send. The UI
 * shows the message beside the list and may offer to spread the minutes.
 */
interface AgendaCheck {
  ok: boolean;
  /** null when ok. */
  message: string | null;
}

/** The method's 3–6 prepared questions; a setting with these defaults. */
const questionCountLimits = { min: 3, max: 6 } as const;

export interface QuestionCountCheck extends AgendaCheck {
  count: number;
}

function questionCount(agenda: Agenda): number {
  return agenda.items.filter((item) => item.kind === 'question').length;
}

export function questionCountCheck(agenda: Agenda, limits: { min: number; max: number } = questionCountLimits): QuestionCountCheck {
  const count = questionCount(agenda);
  const plan = `Plan ${limits.min} to ${limits.max} questions`;
  if (count < limits.min) return { ok: false, count, message: `${plan}: this agenda has ${count === 0 ? 'none' : count}.` };
  if (count > limits.max) return { ok: false, count, message: `${plan}: this agenda has ${count}. Keep the most important ones.` };
  return { ok: true, count, message: null };
}

export interface MinutesCheck extends AgendaCheck {
  total: number;
  length: number;
  /** total − length: positive when the plan runs over. */
  difference: number;
}

function minutesLabel(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export function minutesCheck(agenda: Agenda): MinutesCheck {
  const total = agenda.items.reduce((sum, item) => sum + item.minutes, 0);
  const length = agenda.lengthMinutes;
  const difference = total - length;
  if (difference === 0) return { ok: true, total, length, difference, message: null };
  const side = difference > 0 ? `${minutesLabel(difference)} over` : `${minutesLabel(-difference)} short of`;
  return {
    ok: false,
    total,
    length,
    difference,
    message: `The items add up to ${minutesLabel(total)}, ${side} the ${length}-minute conversation.`,
  };
}

/** Fewer minutes than this leave no time for the answer, let alone a follow-up question. */
const minQuestionMinutes = 3;

export interface QuestionTimeCheck extends AgendaCheck {
  /** How many questions fit the time box at the minimum each, after the introduction and closing. */
  fits: number;
}

/**
 * Whether each question gets time for an answer: the minutes left once the introduction, referral ask
 * and wrap-up have their planned share must hold every question at `minQuestionMinutes`, and no
 * question may be given less by hand.
 */
export function questionTimeCheck(agenda: Agenda, least = minQuestionMinutes): QuestionTimeCheck {
  const questions = agenda.items.filter((item) => item.kind === 'question');
  const length = agenda.lengthMinutes;
  const fixed = agenda.items.reduce((sum, item) => sum + (item.kind === 'question' ? 0 : fixedMinutes(item.kind, length)), 0);
  const left = Math.max(0, length - fixed);
  const fits = Math.floor(left / least);
  if (questions.length > fits) {
    const drop = questions.length - fits;
    const room = fits === 0 ? 'no room for a question' : `room for ${fits} ${fits === 1 ? 'question' : 'questions'}`;
    return {
      ok: false,
      fits,
      message:
        `A ${length}-minute conversation leaves about ${minutesLabel(left)} for questions after the introduction and closing: ` +
        `${room} at ${least} minutes each, and this agenda has ${questions.length}. ` +
        `Drop ${drop === 1 ? 'a question' : `${drop} questions`}, or ask for a longer conversation.`,
    };
  }
  const short = questions.filter((item) => item.minutes < least).length;
  if (short > 0) {
    const which = short === 1 ? '1 question has' : `${short} questions have`;
    return {
      ok: false,
      fits,
      message: `${which} less than ${least} minutes, too little for an answer. Spread the minutes, or drop a question.`,
    };
  }
  return { ok: true, fits, message: null };
}

/** A relaxed speaking pace; the estimate only has to say "too long" or "too short". */
const speakingWordsPerMinute = 150;
const introductionSeconds = { min: 30, max: 60 } as const;

export interface IntroductionCheck extends AgendaCheck {
  seconds: number;
}

/** How long the user's introduction takes to say, against the method's 30–60 seconds. */
export function introductionCheck(text: string, limits: { min: number; max: number } = introductionSeconds): IntroductionCheck {
  const seconds = Math.round((wordCount(text) / speakingWordsPerMinute) * 60);
  if (seconds === 0) return { ok: false, seconds, message: `Write a ${limits.min}–${limits.max} second introduction of yourself.` };
  if (seconds > limits.max)
    return { ok: false, seconds, message: `About ${seconds} seconds aloud: aim for ${limits.min} to ${limits.max}.` };
  if (seconds < limits.min) return { ok: false, seconds, message: `About ${seconds} seconds aloud: there is room to say a little more.` };
  return { ok: true, seconds, message: null };
}
