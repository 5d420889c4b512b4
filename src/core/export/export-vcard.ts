/**
 * Contacts as one vCard 4.0 file (RFC 6350), for an address book: the name, company, title, e-mail,
 * LinkedIn profile, headline and notes, tags as categories, and when the contact last changed.
 */
import type { Contact } from '../contacts/contact.ts';
import { nameParts } from './export-vcard-name.ts';
import { contentLine, escapeText, structured, vcardTimestamp } from './vcard-text.ts';
import { eachRow, finishSteps, type Steps } from '../progress/progress.ts';

/** Headline and notes, a blank line between them. */
function contactNote(contact: Pick<Contact, 'headline' | 'notes'>): string {
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
    parts && contentLine('N', structured([parts.family, parts.given, parts.additional, parts.prefixes, parts.suffixes])),
    parts?.nickname && contentLine('NICKNAME', escapeText(parts.nickname)),
    contact.currentCompany && contentLine('ORG', structured([contact.currentCompany])),
    contact.currentTitle && contentLine('TITLE', escapeText(contact.currentTitle)),
    contact.email && contentLine('EMAIL', escapeText(contact.email)),
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
export function* contactsVcardSteps(contacts: readonly Contact[]): Steps<string> {
  const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const sorted = [...contacts].sort((a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
  const cards = new Array<string>(sorted.length);
  yield* eachRow(sorted, 'contacts', (contact, i) => (cards[i] = contactVcard(contact)));
  return cards.join('');
}

export const contactsVcard = (contacts: readonly Contact[]): string => finishSteps(contactsVcardSteps(contacts));
