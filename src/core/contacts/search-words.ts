/**
 * The words a contact is found by: its name, company and title, lower case with the diacritics folded
 * ("Zoë Brandt" is found by "zoe"), each once. Stored as a multi-entry index, so the network page
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
  name?: string;
  currentCompany?: string;
  currentTitle?: string;
}

export function searchWordsOf(contact: Searchable): string[] {
  const words = new Set<string>();
  for (const text of [contact.name, contact.currentCompany, contact.currentTitle])
    for (const word of searchTerms(text ?? '')) {
      if (words.size >= maxWords) break;
      words.add(word.slice(0, maxWordLength));
    }
  return [...words];
}
