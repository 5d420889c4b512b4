/**
 * 3B7's second person: three business days after a request with no reply, the method asks for a note
 * to someone else at the same employer. The candidates are the other saved contacts there who have not
 * been asked yet (still prospects): linked to the same employer of the list, or working at a company of
 * the same name as employer-name.ts compares names. Read through indexes (`employerId`, and a prefix
 * range on `currentCompany`), never the whole table, so Today stays quick with thousands of contacts.
 */
import { companyName } from '../core/contacts/company-name.ts';
import type { Contact } from '../core/contacts/contact.ts';
import { employerNameKey, sameEmployerName } from '../core/employers/employer-name.ts';
import type { ConfabDb } from './database.ts';

export interface SecondPerson {
  slug: string;
  name: string;
}

export interface SecondPersons {
  /** The employer as the row names it ('' when the contact has none). */
  company: string;
  /** Not asked yet, by name. */
  others: SecondPerson[];
}

/** The company as Confab's reminder texts name it: the one place to clean it (a LinkedIn tagline, say). */
function companyShown(contact: Pick<Contact, 'currentCompany'>): string {
  return companyName(contact.currentCompany);
}

/**
 * How another way of writing this employer's name can start, case aside: the first letter of its
 * matching key (so "JPMorgan" finds "J.P. Morgan"), the name's own first character (an accent the key
 * drops), and either after "the ". A superset, narrowed with `sameEmployerName` afterwards.
 */
export function companyPrefixes(company: string): string[] {
  const key = employerNameKey(company);
  if (key === '') return [];
  const firsts = new Set([key[0]!, company.trim()[0]!.toLowerCase()]);
  return [...firsts].flatMap((first) => [first, `the ${first}`]);
}

const notAskedYet = (contact: Contact) => contact.status === 'prospect';

/** Two contacts linked to different employers of the list are not colleagues, whatever their companies say. */
const sameLink = (a: Contact, b: Contact) => a.employerId === null || b.employerId === null || a.employerId === b.employerId;

/** The other contacts at this contact's employer not asked yet, by name. */
export async function othersAtEmployer(db: ConfabDb, contact: Contact): Promise<SecondPerson[]> {
  const linked = contact.employerId === null ? [] : await db.contacts.where('employerId').equals(contact.employerId).toArray();
  const prefixes = companyPrefixes(contact.currentCompany);
  const named =
    prefixes.length === 0
      ? []
      : await db.contacts
          .where('currentCompany')
          .startsWithAnyOfIgnoreCase(prefixes)
          .filter((other) => sameEmployerName(other.currentCompany, contact.currentCompany) && sameLink(other, contact))
          .toArray();
  const found = new Map<string, SecondPerson>();
  for (const other of [...linked, ...named])
    if (other.slug !== contact.slug && notAskedYet(other)) found.set(other.slug, { slug: other.slug, name: other.name });
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** For the contacts whose second-person reminder shows: who else to write to, keyed by slug. */
export async function secondPersonsFor(db: ConfabDb, contacts: readonly Contact[]): Promise<Map<string, SecondPersons>> {
  const entries = await Promise.all(
    contacts.map(
      async (contact) => [contact.slug, { company: companyShown(contact), others: await othersAtEmployer(db, contact) }] as const,
    ),
  );
  return new Map(entries);
}
