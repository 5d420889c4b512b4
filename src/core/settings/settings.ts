import { lintOptionsSchema } from '../drafting/draft-lint.ts';
import { savedQuestionSchema } from '../conversation/question-banks.ts';
import { senderProfileSchema } from '../drafting/template-variables.ts';
import { templateSchema } from '../drafting/templates.ts';
import { timingSettingsSchema, type DueSettings } from '../reminders/timing-settings.ts';
import { z } from '../z.ts';

const premium = z.boolean();
/** The method says a thank-you within 24 hours; sources range up to two days. Two weeks at most. */
export const thankYouDelayRange = [1, 24 * 14] as const;
const thankYouDelayHours = z.int().check(z.gte(thankYouDelayRange[0]), z.lte(thankYouDelayRange[1]));

/** The user's own and edited request templates (built-ins are shipped, not stored). */
const templates = z.array(templateSchema).check(z.maxLength(200));

/** The user's own questions for agendas, in the order they keep them (the picker shows that order). */
const questions = z.array(savedQuestionSchema).check(z.maxLength(100));

/** When the person last downloaded a backup, and after how many days the Today view reminds them. */
const lastBackupAt = z.nullable(z.iso.datetime({ offset: true }));
const backupReminderDays = z.int().check(z.gte(1), z.lte(365));

export const settingsSchema = z.object({
  premium: z._default(premium, false),
  thankYouDelayHours: z._default(thankYouDelayHours, 24),
  /** Who the user is, for the requests' {myName}, {field}, {myRole} and {minutes}. */
  sender: z._default(senderProfileSchema, senderProfileSchema.parse({})),
  /** The drafting hints' thresholds (Dalton: under ~100 words; 15-30 minutes). */
  lint: z._default(lintOptionsSchema, lintOptionsSchema.parse({})),
  templates: z._default(templates, []),
  questions: z._default(questions, []),
  /** The method's follow-up timing (3B7, thank-you overdue, keep in touch), each a setting. */
  timing: z._default(timingSettingsSchema, timingSettingsSchema.parse({})),
  /** Notifications when a reminder falls due; the badge and the Today view show them regardless. */
  notifications: z._default(z.boolean(), true),
  lastBackupAt: z._default(lastBackupAt, null),
  backupReminderDays: z._default(backupReminderDays, 30),
});

/** A change to some settings. No defaults here: a missing key means "leave it as it is". */
export const settingsPatchSchema = z.object({
  premium: z.optional(premium),
  thankYouDelayHours: z.optional(thankYouDelayHours),
  sender: z.optional(senderProfileSchema),
  lint: z.optional(lintOptionsSchema),
  templates: z.optional(templates),
  questions: z.optional(questions),
  timing: z.optional(timingSettingsSchema),
  notifications: z.optional(z.boolean()),
  lastBackupAt: z.optional(lastBackupAt),
  backupReminderDays: z.optional(backupReminderDays),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** The timing the due items are computed with. */
export function dueSettingsOf(settings: Settings): DueSettings {
  return { ...settings.timing, thankYouDelayHours: settings.thankYouDelayHours };
}
