import { z } from 'zod';
import { channels } from './channels.ts';

export const channelSchema = z.enum(channels);

/** One draft per contact and channel, saved as it is typed. Never sent by Confab. */
export const draftSchema = z.object({
  slug: z.string().min(1).max(200),
  channel: channelSchema,
  subject: z.string().max(2_000).default(''),
  body: z.string().max(50_000).default(''),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type Draft = z.infer<typeof draftSchema>;
