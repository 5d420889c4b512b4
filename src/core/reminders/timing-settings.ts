/**
 * The numbers of the method's follow-up timing, each a setting with the method's value as default
 * (see method.md, "Follow-up timing"). To be merged into settings.ts; the thank-you delay itself is
 * already there (`thankYouDelayHours`, 24).
 */
import { z } from '../z.ts';

/** Each number's whole-number range, [least, most]: the schema's and the options page's messages'. */
export const timingRanges = {
  /** 3B7: no reply after 3 business days, write to a second person at the same employer. */
  secondContactBusinessDays: [1, 30],
  /** 3B7: no reply after 7 business days, one short follow-up to the first person. */
  followUpBusinessDays: [1, 30],
  /** Then stop: no reply is an answer. The method gives no number; a week after the follow-up. */
  closeNoReplyBusinessDays: [1, 60],
  /** The sources range from "right away" to "within two days": late after two days. */
  thankYouOverdueHours: [1, 24 * 28],
  /** Agenda and questions go out in advance; business days, as they are read at work. */
  agendaBusinessDaysBefore: [1, 10],
  /** "Confirm the day before": the business day before, so a Monday meeting is confirmed on Friday. */
  confirmBusinessDaysBefore: [1, 5],
  /** "Every 3 months" by default; a week at the least: shorter than that is chasing, not keeping in touch. */
  keepInTouchDays: [7, 730],
} as const;

const whole = ([least, most]: readonly [number, number]) => z.int().check(z.gte(least), z.lte(most));
const cadenceDays = whole(timingRanges.keepInTouchDays);
const tag = z.string().check(z.minLength(1), z.maxLength(100));

const fields = {
  secondContactBusinessDays: whole(timingRanges.secondContactBusinessDays),
  followUpBusinessDays: whole(timingRanges.followUpBusinessDays),
  closeNoReplyBusinessDays: whole(timingRanges.closeNoReplyBusinessDays),
  thankYouOverdueHours: whole(timingRanges.thankYouOverdueHours),
  agendaBusinessDaysBefore: whole(timingRanges.agendaBusinessDaysBefore),
  confirmBusinessDaysBefore: whole(timingRanges.confirmBusinessDaysBefore),
  /** A tag may set its own cadence, a contact its own. */
  keepInTouchDays: cadenceDays,
  keepInTouchDaysByTag: z
    .record(tag, cadenceDays)
    .check(z.refine((byTag) => Object.keys(byTag).length <= 100, 'At most 100 tag cadences.')),
};

export const timingDefaults = {
  secondContactBusinessDays: 3,
  followUpBusinessDays: 7,
  closeNoReplyBusinessDays: 12,
  thankYouOverdueHours: 48,
  agendaBusinessDaysBefore: 2,
  confirmBusinessDaysBefore: 1,
  keepInTouchDays: 90,
  keepInTouchDaysByTag: {},
} as const;

export const timingSettingsSchema = z.object({
  secondContactBusinessDays: z._default(fields.secondContactBusinessDays, timingDefaults.secondContactBusinessDays),
  followUpBusinessDays: z._default(fields.followUpBusinessDays, timingDefaults.followUpBusinessDays),
  closeNoReplyBusinessDays: z._default(fields.closeNoReplyBusinessDays, timingDefaults.closeNoReplyBusinessDays),
  thankYouOverdueHours: z._default(fields.thankYouOverdueHours, timingDefaults.thankYouOverdueHours),
  agendaBusinessDaysBefore: z._default(fields.agendaBusinessDaysBefore, timingDefaults.agendaBusinessDaysBefore),
  confirmBusinessDaysBefore: z._default(fields.confirmBusinessDaysBefore, timingDefaults.confirmBusinessDaysBefore),
  keepInTouchDays: z._default(fields.keepInTouchDays, timingDefaults.keepInTouchDays),
  keepInTouchDaysByTag: z._default(fields.keepInTouchDaysByTag, {}),
});

/** A change to some of them: a missing key leaves the setting as it is (as settingsPatchSchema). */
export const timingSettingsPatchSchema = z.object({
  secondContactBusinessDays: z.optional(fields.secondContactBusinessDays),
  followUpBusinessDays: z.optional(fields.followUpBusinessDays),
  closeNoReplyBusinessDays: z.optional(fields.closeNoReplyBusinessDays),
  thankYouOverdueHours: z.optional(fields.thankYouOverdueHours),
  agendaBusinessDaysBefore: z.optional(fields.agendaBusinessDaysBefore),
  confirmBusinessDaysBefore: z.optional(fields.confirmBusinessDaysBefore),
  keepInTouchDays: z.optional(fields.keepInTouchDays),
  keepInTouchDaysByTag: z.optional(fields.keepInTouchDaysByTag),
});

export type TimingSettings = z.infer<typeof timingSettingsSchema>;

/** What the due items need: the timing settings and the thank-you delay from the main settings. */
export type DueSettings = TimingSettings & { thankYouDelayHours: number };

export const defaultTimingSettings: TimingSettings = timingSettingsSchema.parse({});

/**
 * The steps must come in order, or the list would ask for a follow-up before the second person, and a
 * thank-you cannot be late before it is due (late as soon as it is due is allowed). Returns the problem
 * and the field to show it at (the later of the two steps), or null.
 */
export function timingProblem(settings: DueSettings): { field: keyof DueSettings; message: string } | null {
  const { secondContactBusinessDays: second, followUpBusinessDays: followUp, closeNoReplyBusinessDays: close } = settings;
  if (second >= followUp) return { field: 'followUpBusinessDays', message: 'The follow-up must come after the note to a second person.' };
  if (followUp >= close) return { field: 'closeNoReplyBusinessDays', message: 'Closing as no reply must come after the follow-up.' };
  if (settings.thankYouOverdueHours < settings.thankYouDelayHours) {
    return {
      field: 'thankYouOverdueHours',
      message: `A thank-you cannot be late before it is due: make this ${settings.thankYouDelayHours} hours or more.`,
    };
  }
  return null;
}
