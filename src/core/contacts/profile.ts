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

/**
 * Where the viewer stands with the member, as the subject's top card shows it (never other people's
 * badges on the same page). Captures made before these fields existed parse with each one null.
 */
const degreeSchema = z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3)]));
const personName = z.string().check(z.minLength(1), z.maxLength(200));
const mutualConnectionsSchema = z.nullable(
  z.object({
    /** Everyone the card counts: the names it shows plus "and 12 other". */
    count: z.number().check(z.int(), z.gte(0), z.lte(100_000_000)),
    /** The names the card shows, in its order (usually two). */
    names: z.array(personName).check(z.maxLength(20)),
  }),
);

const relationshipShape = {
  /** 1st, 2nd or 3rd+; null where the card shows no degree (logged out, your own profile). */
  degree: z._default(degreeSchema, null),
  /** true when your invitation awaits an answer; null where the card shows no actions at all. */
  invitationPending: z._default(z.nullable(z.boolean()), null),
  mutualConnections: z._default(mutualConnectionsSchema, null),
};

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
  ...relationshipShape,
});

/**
 * A company page (`/company/<slug>/`), read so it can join the target employers: the fields as the
 * page shows them (size is LinkedIn's range, "51-200 employees"), null where it shows none.
 */
const extractedCompanySchema = z.object({
  kind: z.literal('company'),
  slug: z.string().check(z.minLength(1), z.maxLength(200)),
  url: z.url({ protocol: /^https?$/ }),
  name: optionalText,
  industry: optionalText,
  size: optionalText,
  headquarters: optionalText,
});

/**
 * Part of a profile (`/in/<slug>/details/experience/`, `/recent-activity/…`, `/overlay/…`): never
 * read as the whole profile; the person is sent to the main profile, whose address this gives.
 */
const extractedSubpageSchema = z.object({
  kind: z.literal('subpage'),
  slug: z.string().check(z.minLength(1), z.maxLength(200)),
  url: z.url({ protocol: /^https?$/ }),
});

export const nonProfileKinds = ['authwall', 'not-found', 'unsupported'] as const;

const extractedOtherSchema = z.object({
  kind: z.enum(nonProfileKinds),
});

export const extractionSchema = z.discriminatedUnion('kind', [
  extractedProfileSchema,
  extractedCompanySchema,
  extractedSubpageSchema,
  extractedOtherSchema,
]);

export type Experience = z.infer<typeof experienceSchema>;
export type Education = z.infer<typeof educationSchema>;
export type ExtractedProfile = z.infer<typeof extractedProfileSchema>;
export type ExtractedCompany = z.infer<typeof extractedCompanySchema>;
export type Degree = z.infer<typeof degreeSchema>;
export type MutualConnections = z.infer<typeof mutualConnectionsSchema>;
/** The relationship fields of a capture, for what suggests moves and introductions from them. */
export type Relationship = Pick<ExtractedProfile, 'degree' | 'invitationPending' | 'mutualConnections'>;
export type Extraction = z.infer<typeof extractionSchema>;

/**
 * What one capture gives back: an extraction, or `stale` when LinkedIn's in-page navigation changed
 * the URL but the page still shows the previous person after waiting.
 */
export const captureOutcomeSchema = z.discriminatedUnion('kind', [
  extractedProfileSchema,
  extractedCompanySchema,
  extractedSubpageSchema,
  extractedOtherSchema,
  z.object({ kind: z.literal('stale'), urlSlug: z.string().check(z.maxLength(200)), shownName: optionalText }),
]);
export type CaptureOutcome = z.infer<typeof captureOutcomeSchema>;
