/**
 * Contacts as one vCard 4.0 file (RFC 6350), for an address book: the name, company, title, LinkedIn
 * profile, headline and notes, tags as categories, and when the contact last changed.
 */
import type { Contact } from './contact.ts';
import { contentLine, escapeText, structured, vcardTimestamp } from './vcard-text.ts';

export interface NameParts {
  family: string;
  given: string;
  additional: string[];
  suffixes: string[];
}

/**
 * N, the name's parts, when they can be told with some confidence: a name of at least two words, the
 * last taken as the family name ("Avery Quinlan"), anything after a comma as suffixes ("…, PhD").
 * A single word, such as a name written without spaces in Chinese or Japanese, gives null: N is
 * optional in vCard 4.0, and a wrong split is worse than none (FN always carries the name whole).
 */
export function nameParts(name: string): NameParts | null {
  const [main = '', ...rest] = name.split(',');
  const words = main.trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2) return null;
  return {
    family: words.at(-1)!,
    given: words[0]!,
    additional: words.slice(1, -1),
    suffixes: rest.map((part) => part.trim()).filter(Boolean),
  };
}

/** Headline and notes, a blank line between them. */
export function contactNote(contact: Pick<Contact, 'headline' | 'notes'>): string {
  return [contact.headline.trim(), contact.notes.trim()].filter(Boolean).join('\n\n');
}

export function contactVcard(contact: Contact): string {
  const parts = nameParts(contact.name);
  const note = contactNote(contact);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    contentLine('PRODID', '-//Confab//Contacts export//EN'),
    contentLine('FN', escapeText(contact.name)),
    parts && contentLine('N', structured([parts.family, parts.given, parts.additional, '', parts.suffixes])),
    contact.currentCompany && contentLine('ORG', structured([contact.currentCompany])),
    contact.currentTitle && contentLine('TITLE', escapeText(contact.currentTitle)),
    // A URI value, not text: RFC 6350 escapes no commas in it. Profile URLs are percent-encoded.
    contentLine('URL', contact.url),
    note && contentLine('NOTE', escapeText(note)),
    contact.tags.length > 0 && contentLine('CATEGORIES', contact.tags.map((tag) => escapeText(tag)).join(',')),
    contentLine('REV', vcardTimestamp(contact.updatedAt)),
    'END:VCARD',
  ];
  return lines.filter((line): line is string => typeof line === 'string' && line !== '').join('\r\n') + '\r\n';
}

/** Every contact, one card after the other, by name. */
export function contactsVcard(contacts: readonly Contact[]): string {
  const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...contacts].sort((a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug)).map(contactVcard).join('');
}
