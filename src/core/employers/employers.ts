/**
 * The target-employer list ("LAMP", Dalton's *The 2-Hour Job Search*): some forty employers, each
 * scored for Advocacy (do I know someone there, or are alumni there?), Motivation (how much do I want
 * it, 0–3) and Posting (relevant open roles, 0–3), worked top-down. Each employer holds its contacts.
 */
import { employerNameKey } from './employer-name.ts';
import { z } from '../z.ts';

const score = z._default(z.int().check(z.gte(0), z.lte(3)), 0);

export const employerSchema = z.object({
  /** Given by the database (auto-increment), as for conversations. */
  id: z.optional(z.int().check(z.positive())),
  name: z.string().check(z.trim(), z.minLength(1, 'An employer needs a name.'), z.maxLength(200)),
  /** Yes or no, as in the method: someone I know, or alumni of my schools, work there. */
  advocacy: z._default(z.boolean(), false),
  motivation: score,
  posting: score,
  notes: z._default(z.string().check(z.maxLength(20_000)), ''),
});

export type Employer = z.infer<typeof employerSchema>;
export type EmployerInput = z.input<typeof employerSchema>;

/** The method's suggested length of the list. */
export const lampListSize = 40;

export const scoreLabels = {
  motivation: ['Not at all', 'Somewhat', 'Keen', 'Dream employer'],
  posting: ['No relevant roles', 'Related roles', 'Relevant roles', 'The role I want'],
} as const;

const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

type Scored = Pick<Employer, 'name' | 'advocacy' | 'motivation' | 'posting'>;

/** LAMP order: advocacy first (a way in), then motivation, then posting, highest first; then by name. */
export function compareLamp(a: Scored, b: Scored): number {
  return Number(b.advocacy) - Number(a.advocacy) || b.motivation - a.motivation || b.posting - a.posting || names.compare(a.name, b.name);
}

/** A sorted copy: the list the person works from the top. */
export function sortLamp<E extends Scored>(employers: readonly E[]): E[] {
  return [...employers].sort(compareLamp);
}

/**
 * The employer on the list that a captured company names, whatever the legal form, case, accents or
 * punctuation ("Acme, Inc." is "ACME"), or null. On several matches (a duplicate on the list), the
 * first in LAMP order.
 */
export function suggestEmployer<E extends Scored>(currentCompany: string, employers: readonly E[]): E | null {
  const key = employerNameKey(currentCompany);
  if (key === '') return null;
  return sortLamp(employers.filter((employer) => employerNameKey(employer.name) === key))[0] ?? null;
}

/** An employer already on the list under another spelling, to warn before adding a duplicate. */
export function duplicateEmployer<E extends Scored & { id?: number }>(name: string, employers: readonly E[], exceptId?: number): E | null {
  return suggestEmployer(name, exceptId === undefined ? employers : employers.filter((employer) => employer.id !== exceptId));
}
