import { z } from './z.ts';

const premium = z.boolean();
/** The method says a thank-you within 24 hours; sources range up to two days. Two weeks at most. */
const thankYouDelayHours = z.int().check(z.gte(1), z.lte(24 * 14));

export const settingsSchema = z.object({
  premium: z._default(premium, false),
  thankYouDelayHours: z._default(thankYouDelayHours, 24),
});

/** A change to some settings. No defaults here: a missing key means "leave it as it is". */
export const settingsPatchSchema = z.object({
  premium: z.optional(premium),
  thankYouDelayHours: z.optional(thankYouDelayHours),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
