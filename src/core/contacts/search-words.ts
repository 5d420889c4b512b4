/**
 * The words a contact is found by: its name, company, title, tags, location and headline, lower case
 * with the diacritics folded ("Zoë Brandt" is found by "zoe"), each once. Stored as a multi-entry index, so the network page
 * finds a prefix among 30,000 people without reading them all. The database computes it on every
 * write of a contact (see db/search-words-middleware.ts), so no write can leave it stale.
 */

/** Most contacts have a dozen words; a hostile title must not make a huge index entry. */
const maxWords = 40;
const maxWordLength = 40;

/** Letters with a stroke or a ligature, which NFKD does not decompose. */
const unfolded: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/**
 * Lower case, without diacritics (NFKD, then the combining marks dropped; `ø` as `o`, `ß` as `ss`):
 * the one fold of every search, the contacts list, the pickers and the network pool's index alike.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøæœłđðþıħ]/g, (letter) => unfolded[letter]!);
}

/** The words of a search box's text, folded as the index is: what each indexed word must start with. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface Searchable {
  name?: unknown;
  currentCompany?: unknown;
  currentTitle?: unknown;
  headline?: unknown;
  location?: unknown;
  tags?: unknown;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The words a contact is found by, in the order their fields matter (name, company, title, tags,
 * location, then headline), each once, at most `maxWords`: what the contacts list, the pickers and the
 * network page match the words of a search against, each as a prefix.
 */
export function searchWordsOf(contact: Searchable): string[] {
  const tags = Array.isArray(contact.tags) ? contact.tags.map(textOf) : [];
  const words = new Set<string>();
  for (const text of [contact.name, contact.currentCompany, contact.currentTitle, ...tags, contact.location, contact.headline])
    for (const word of searchTerms(textOf(text))) {
      if (words.size >= maxWords) return [...words];
      words.add(word.slice(0, maxWordLength));
    }
  return [...words];
}

/**
 * The key the contacts list sorts names by, in the database's own order (code units) and in memory
 * alike: folded as searches are ("Émile" with the e's, "zoë" beside "zoe"), spaces collapsed; names
 * that fold alike keep the order of their slugs, as an index does.
 */
export function nameKeyOf(name: unknown): string {
  return foldText(textOf(name)).trim().replace(/\s+/g, ' ').slice(0, 200);
}
