import { z } from 'zod';

export const settingsSchema = z.object({
  premium: z.boolean().default(false),
  /** The method says a thank-you within 24 hours; sources range up to two days. */
  thankYouDelayHours: z.number().int().min(1).max(24 * 14).default(24),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
