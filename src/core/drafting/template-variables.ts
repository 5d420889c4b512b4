import { companyName } from '../contacts/company-name.ts';
import type { Contact } from '../contacts/contact.ts';
import { z } from '../z.ts';

/**
 * The placeholders a request template may use. `connection` is written per contact as a clause that
 * reads after "Hi Avery, " ("we both studied at Michigan", "Priya Shah suggested I get in touch");
 * `myName` is the user's side, for channels where the person cannot see who wrote (InMail, email).
 */
export const templateVariables = ['firstName', 'company', 'title', 'connection', 'field', 'minutes', 'myName', 'myRole'] as const;
export type TemplateVariable = (typeof templateVariables)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

/** What the UI calls each gap, and what a marked gap in copied text reads as. */
export const variableLabels: Record<TemplateVariable, string> = {
  firstName: 'first name',
  company: 'company',
  title: 'job title',
  connection: 'your connection',
  field: 'field of interest',
  minutes: 'minutes',
  myName: 'your name',
  myRole: 'your current role',
};

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (templateVariables as readonly string[]).includes(name);
}

const shortText = z.string().check(z.trim(), z.maxLength(200));

/** The user's side of every request. The method asks for 15, 20 or 30 minutes; 20 is its default. */
export const senderProfileSchema = z.object({
  myName: z._default(shortText, ''),
  /** What the user does now ("UX researcher at Acme"), for an introduction that says who is asking. */
  myRole: z._default(shortText, ''),
  field: z._default(shortText, ''),
  minutes: z._default(z.int().check(z.gte(5), z.lte(240)), 20),
});
export type SenderProfile = z.infer<typeof senderProfileSchema>;
export const defaultSenderProfile: SenderProfile = senderProfileSchema.parse({});

/** The connection is per contact (it is what this person and the user share), so it comes with them. */
export type TemplateContact = Pick<Contact, 'name' | 'currentCompany' | 'currentTitle'> & { connection?: string };

// Titles before a name are not what anyone is greeted by ("Hi Dr," reads wrong).
const honorifics = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame)\.?$/iu;
const initial = /^\p{Lu}\.$/u;

/**
 * The name a greeting uses: the first word that is neither an honorific nor a lone initial
 * ("Dr. J. Avery Quinlan" → "Avery"). Names are not always given-name first; the user can edit it.
 */
export function firstNameOf(fullName: string): string {
  const words = fullName
    .trim()
    .split(/[\s,]+/u)
    .filter(Boolean);
  const useful = words.filter((word) => !honorifics.test(word));
  return useful.find((word) => !initial.test(word)) ?? useful[0] ?? words[0] ?? '';
}

/** Blank values are left out, so the fill reports them as missing instead of writing nothing. */
export function valuesFor(contact: TemplateContact, profile: SenderProfile): TemplateValues {
  const values: TemplateValues = {
    firstName: firstNameOf(contact.name),
    company: companyName(contact.currentCompany),
    title: contact.currentTitle,
    connection: contact.connection ?? '',
    field: profile.field,
    minutes: String(profile.minutes),
    myName: profile.myName,
    myRole: profile.myRole,
  };
  for (const key of templateVariables) {
    const value = values[key]?.trim();
    if (value) values[key] = value;
    else delete values[key];
  }
  return values;
}
