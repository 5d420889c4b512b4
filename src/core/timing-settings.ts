/**
 * The numbers of the method's follow-up timing, each a setting with the method's value as default
 * (see method.md, "Follow-up timing"). To be merged into settings.ts; the thank-you delay itself is
 * already there (`thankYouDelayHours`, 24).
 */
import { z } from './z.ts';

const businessDays = (max: number) => z.int().check(z.gte(1), z.lte(max));
/** A week at the least: a cadence shorter than that is chasing, not keeping in touch. */
const cadenceDays = z.int().check(z.gte(7), z.lte(730));
const tag = z.string().check(z.minLength(1), z.maxLength(100));

const fields = {
  /** 3B7: no reply after 3 business days, write to a second person at the same employer. */
  secondContactBusinessDays: businessDays(30),
  /** 3B7: no reply after 7 business days, one short follow-up to the first person. */
  followUpBusinessDays: businessDays(30),
  /** Then stop: no reply is an answer. The method gives no number; a week after the follow-up. */
  closeNoReplyBusinessDays: businessDays(60),
  /** The sources range from "right away" to "within two days": late after two days. */
  thankYouOverdueHours: z.int().check(z.gte(1), z.lte(24 * 28)),
  /** Agenda and questions go out in advance; business days, as they are read at work. */
  agendaBusinessDaysBefore: businessDays(10),
  /** "Confirm the day before": the business day before, so a Monday meeting is confirmed on Friday. */
  confirmBusinessDaysBefore: businessDays(5),
  /** "Every 3 months" by default; a tag may set its own cadence, a contact its own. */
  keepInTouchDays: cadenceDays,
  keepInTouchDaysByTag: z.record(tag, cadenceDays).check(z.refine((byTag) => Object.keys(byTag).length <= 100, 'At most 100 tag cadences.')),
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
export type TimingSettingsPatch = z.infer<typeof timingSettingsPatchSchema>;

/** What the due items need: the timing settings and the thank-you delay from the main settings. */
export type DueSettings = TimingSettings & { thankYouDelayHours: number };

export const defaultTimingSettings: TimingSettings = timingSettingsSchema.parse({});

/**
 * The steps must come in order, or the list would ask for a follow-up before the second person.
 * Returns the problem to show beside the settings form, or null.
 */
export function timingProblem(settings: DueSettings): string | null {
  const { secondContactBusinessDays: second, followUpBusinessDays: followUp, closeNoReplyBusinessDays: close } = settings;
  if (second >= followUp) return 'The follow-up must come after the note to a second person.';
  if (followUp >= close) return 'Closing as no reply must come after the follow-up.';
  if (settings.thankYouOverdueHours <= settings.thankYouDelayHours) return 'A thank-you can only be late after it is due.';
  return null;
}
