import { channels } from './channels.ts';
import { z } from '../z.ts';

export const channelSchema = z.enum(channels);

/** One draft per contact and channel, saved as it is typed. Never sent by Confab. */
export const draftSchema = z.object({
  slug: z.string().check(z.minLength(1), z.maxLength(200)),
  channel: channelSchema,
  subject: z._default(z.string().check(z.maxLength(2_000)), ''),
  body: z._default(z.string().check(z.maxLength(50_000)), ''),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type Draft = z.infer<typeof draftSchema>;
