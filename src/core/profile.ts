import { z } from 'zod';

/**
 * What the capture script returns. It comes from a page Confab does not control, so every consumer
 * parses it with this schema before use.
 */
const text = z.string().max(20_000);
const optionalText = text.nullable();

export const experienceSchema = z.object({
  title: optionalText,
  company: optionalText,
  start: optionalText,
  end: optionalText,
  location: optionalText,
});

export const educationSchema = z.object({
  school: optionalText,
  degree: optionalText,
  field: optionalText,
  start: optionalText,
  end: optionalText,
});

export const profileFieldNames = [
  'name',
  'headline',
  'location',
  'currentTitle',
  'currentCompany',
  'about',
  'experience',
  'education',
] as const;
export type ProfileFieldName = (typeof profileFieldNames)[number];

export const extractedProfileSchema = z.object({
  kind: z.literal('profile'),
  slug: z.string().min(1).max(200),
  url: z.string().url(),
  name: optionalText,
  headline: optionalText,
  location: optionalText,
  currentTitle: optionalText,
  currentCompany: optionalText,
  about: optionalText,
  experience: z.array(experienceSchema).max(200),
  education: z.array(educationSchema).max(100),
  missing: z.array(z.enum(profileFieldNames)),
});

export const nonProfileKinds = ['authwall', 'not-found', 'unsupported'] as const;

export const extractedOtherSchema = z.object({
  kind: z.enum(nonProfileKinds),
});

export const extractionSchema = z.discriminatedUnion('kind', [extractedProfileSchema, extractedOtherSchema]);

export type Experience = z.infer<typeof experienceSchema>;
export type Education = z.infer<typeof educationSchema>;
export type ExtractedProfile = z.infer<typeof extractedProfileSchema>;
export type Extraction = z.infer<typeof extractionSchema>;

/**
 * What one capture gives back: an extraction, or `stale` when LinkedIn's in-page navigation changed
 * the URL but the page still shows the previous person after waiting.
 */
export const captureOutcomeSchema = z.discriminatedUnion('kind', [
  extractedProfileSchema,
  extractedOtherSchema,
  z.object({ kind: z.literal('stale'), urlSlug: z.string().max(200), shownName: optionalText }),
]);
export type CaptureOutcome = z.infer<typeof captureOutcomeSchema>;
