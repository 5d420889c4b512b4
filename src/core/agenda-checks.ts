import type { Agenda } from './agenda.ts';
import { wordCount } from './channels.ts';

/**
 * Warnings, never errors: an agenda of two questions or seven is still the user's to send. The UI
 * shows the message beside the list and may offer to spread the minutes.
 */
export interface AgendaCheck {
  ok: boolean;
  /** null when ok. */
  message: string | null;
}

/** The method's 3–6 prepared questions; a setting with these defaults. */
export const questionCountLimits = { min: 3, max: 6 } as const;

export interface QuestionCountCheck extends AgendaCheck {
  count: number;
}

export function questionCount(agenda: Agenda): number {
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
  return { ok: false, total, length, difference, message: `The items add up to ${minutesLabel(total)}, ${side} the ${length}-minute conversation.` };
}

/** A relaxed speaking pace; the estimate only has to say "too long" or "too short". */
export const speakingWordsPerMinute = 150;
export const introductionSeconds = { min: 30, max: 60 } as const;

export interface IntroductionCheck extends AgendaCheck {
  seconds: number;
}

/** How long the user's introduction takes to say, against the method's 30–60 seconds. */
export function introductionCheck(text: string, limits: { min: number; max: number } = introductionSeconds): IntroductionCheck {
  const seconds = Math.round((wordCount(text) / speakingWordsPerMinute) * 60);
  if (seconds === 0) return { ok: false, seconds, message: `Write a ${limits.min}–${limits.max} second introduction of yourself.` };
  if (seconds > limits.max) return { ok: false, seconds, message: `About ${seconds} seconds aloud: aim for ${limits.min} to ${limits.max}.` };
  if (seconds < limits.min) return { ok: false, seconds, message: `About ${seconds} seconds aloud: there is room to say a little more.` };
  return { ok: true, seconds, message: null };
}
