import { z } from 'zod';
import { statuses } from './status.ts';
import { educationSchema, experienceSchema } from './profile.ts';

const shortText = z.string().trim().max(500);
const longText = z.string().max(20_000);
const isoDate = z.iso.datetime({ offset: true });

export const statusSchema = z.enum(statuses);

/** The editable profile fields the person sees in the This page form. */
export const contactFieldsSchema = z.object({
  name: shortText.min(1, 'A contact needs a name.'),
  headline: shortText.default(''),
  currentTitle: shortText.default(''),
  currentCompany: shortText.default(''),
  location: shortText.default(''),
  url: z.string().url(),
  notes: longText.default(''),
});

export const contactSchema = contactFieldsSchema.extend({
  slug: z.string().min(1).max(200),
  status: statusSchema,
  about: longText.default(''),
  experience: z.array(experienceSchema).max(200).default([]),
  education: z.array(educationSchema).max(100).default([]),
  createdAt: isoDate,
  updatedAt: isoDate,
  statusChangedAt: isoDate,
  /** Set when the conversation is held (status met); the thank-you is due from then. */
  metAt: isoDate.nullable().default(null),
  thankedAt: isoDate.nullable().default(null),
  lastCapturedAt: isoDate.nullable().default(null),
  /** The top card as LinkedIn last showed it, to tell what changed at the next capture. */
  lastCapture: z
    .object({ name: shortText, headline: shortText, currentTitle: shortText, currentCompany: shortText, location: shortText })
    .nullable()
    .default(null),
});

export const conversationSchema = z.object({
  id: z.number().int().positive().optional(),
  slug: z.string().min(1),
  scheduledFor: isoDate.nullable(),
  heldAt: isoDate.nullable(),
  minutes: z.number().int().min(5).max(240).default(20),
  notes: longText.default(''),
});

export const timelineKinds = ['saved', 'updated', 'status', 'thanked', 'note'] as const;

export const timelineEventSchema = z.object({
  id: z.number().int().positive().optional(),
  slug: z.string().min(1),
  at: isoDate,
  kind: z.enum(timelineKinds),
  from: statusSchema.nullable().default(null),
  to: statusSchema.nullable().default(null),
  detail: z.string().max(2_000).default(''),
});

export type ContactFields = z.infer<typeof contactFieldsSchema>;
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
