import { z } from './z.ts';

export const settingsSchema = z.object({
  premium: z._default(z.boolean(), false),
  /** The method says a thank-you within 24 hours; sources range up to two days. */
  thankYouDelayHours: z._default(z.int().check(z.gte(1), z.lte(24 * 14)), 24),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
