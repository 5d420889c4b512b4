/**
 * The one home of the thank-you rule: due a set number of hours after the conversation, late after a
 * longer one (24 and 48 by default; the method says within a day, two at most). The Today view, the
 * badge, its colour, the alarm and the notification all ask these functions, so they can never
 * disagree about the moment a note turns late.
 */
import { add } from 'date-fns';

export interface ThankYouTiming {
  thankYouDelayHours: number;
  thankYouOverdueHours: number;
}

export interface ThankYouMoments {
  dueAt: Date;
  /** Never before `dueAt`: a late limit set shorter than the delay counts as the delay. */
  overdueAt: Date;
}

/**
 * The hours are read as calendar days plus hours in local time, so "24 hours" after a meeting at 15:00
 * is 15:00 the next day even across a daylight-saving change, as a person reads it.
 */
function hoursAfter(anchor: Date, hours: number): Date {
  return add(anchor, { days: Math.floor(hours / 24), hours: hours % 24 });
}

/** When the thank-you for a conversation held at `heldAt` falls due and when it turns late. */
export function thankYouMoments(heldAt: Date, timing: ThankYouTiming): ThankYouMoments {
  return {
    dueAt: hoursAfter(heldAt, timing.thankYouDelayHours),
    overdueAt: hoursAfter(heldAt, Math.max(timing.thankYouOverdueHours, timing.thankYouDelayHours)),
  };
}

/** Late from the very instant `overdueAt` is reached (the Today view and the badge share this test). */
export function isThankYouLate(heldAt: Date, timing: ThankYouTiming, now: Date): boolean {
  return thankYouMoments(heldAt, timing).overdueAt.getTime() <= now.getTime();
}
