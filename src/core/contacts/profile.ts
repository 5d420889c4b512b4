import { profileFieldNames } from './profile-fields.ts';
import { z } from '../z.ts';

/**
 * What the capture script returns. It comes from a page Confab does not control, so every consumer
 * parses it with this schema before use.
 */
const text = z.string().check(z.maxLength(20_000));
const optionalText = z.nullable(text);

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

export const extractedProfileSchema = z.object({
  kind: z.literal('profile'),
  slug: z.string().check(z.minLength(1), z.maxLength(200)),
  url: z.url({ protocol: /^https?$/ }),
  name: optionalText,
  headline: optionalText,
  location: optionalText,
  currentTitle: optionalText,
  currentCompany: optionalText,
  about: optionalText,
  experience: z.array(experienceSchema).check(z.maxLength(200)),
  education: z.array(educationSchema).check(z.maxLength(100)),
  missing: z.array(z.enum(profileFieldNames)).check(z.maxLength(profileFieldNames.length)),
  /**
   * Set (to the role's end, "Sep 2024") when no role is current and title and company come from the
   * latest role that ended; absent otherwise.
   */
  currentRoleEnded: z.optional(text),
});

export const nonProfileKinds = ['authwall', 'not-found', 'unsupported'] as const;

const extractedOtherSchema = z.object({
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
  z.object({ kind: z.literal('stale'), urlSlug: z.string().check(z.maxLength(200)), shownName: optionalText }),
]);
export type CaptureOutcome = z.infer<typeof captureOutcomeSchema>;
