/**
 * The parts of a name for a vCard's N (RFC 6350 §6.2.2: family; given; additional; prefixes;
 * suffixes) and NICKNAME, from the name as LinkedIn shows it: "Dr. DS Chauhan", "Guido van Rossum",
 * "Chen (Sarah) Song", "Ross Martin 🚀", "Jane Doe, MBA", "Jane Doe | Hiring". FN keeps the name whole.
 */

export interface NameParts {
  family: string;
  given: string;
  additional: string[];
  prefixes: string[];
  suffixes: string[];
  /** A nickname written in brackets or quotes ("Chen (Sarah) Song"). */
  nickname: string | null;
}

const bare = (word: string) => word.toLowerCase().replace(/\./g, '');

const honorifics = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'fr', 'engr', 'eng']);
const suffixWords = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'mba',
  'cpa',
  'pmp',
  'cfa',
  'esq',
  'jd',
  'llm',
  'dds',
  'dvm',
  'rn',
  'pe',
  'msc',
  'bsc',
  'ma',
  'ba',
  'meng',
  'beng',
  'mphil',
  'dphil',
  'obe',
  'mbe',
  'cbe',
  'frcs',
  'facs',
]);
/** Suffixes known without a comma before them: not "Ma" or "Do", which are family names too. */
const trailingSuffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'mba', 'cpa', 'pmp', 'esq']);
/** Words that begin a family name ("van Rossum", "de la Cruz", "bin Salman"). */
const particles = new Set([
  'van',
  'von',
  'de',
  'da',
  'das',
  'dos',
  'do',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'bint',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
  'zu',
  'af',
  'av',
]);

/** A credential after a comma: a known suffix, or letters with two capitals or more ("CSPO", "PhD"). */
const isCredential = (part: string) => suffixWords.has(bare(part)) || /^(?=(?:.*\p{Lu}){2})[\p{L}.]{2,8}$/u.test(part);
/** Pronouns in brackets are no nickname ("(she/her)"). */
const pronouns = /\b(?:she|he|they|her|him|them|ze|xe)\s*\/|\bpronouns\b/iu;

/** Pictographs, their joiners and modifiers, flags and other symbols are no part of a name. */
const symbols = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\p{So}|\u200d|\ufe0f/gu;
/** A nickname: in brackets, or in quotes standing alone (not the apostrophe of "O'Neil"). */
const nicknames = /\(([^)]*)\)|\[([^\]]*)\]|(?<=^|\s)["“”‘'’]([^"“”‘’']+)["“”’'](?=\s|$)/gu;

/**
 * N's parts, or null when they cannot be told with some confidence: a single word with no title,
 * such as a name written without spaces in Chinese or Japanese (N is optional, and a wrong split is
 * worse than none).
 */
export function nameParts(shown: string): NameParts | null {
  let nickname: string | null = null;
  const name = shown
    .split(/\s[|·•]\s|\s[-–—]\s/u)[0]!
    .replace(nicknames, (_, round?: string, square?: string, quoted?: string) => {
      const text = (round ?? square ?? quoted ?? '').trim();
      if (text && !pronouns.test(text) && nickname === null) nickname = text;
      return ' ';
    })
    .replace(symbols, ' ');
  const [main = '', ...afterComma] = name.split(',').map((part) => part.trim());
  const suffixes = afterComma.filter((part) => part !== '' && isCredential(part));
  const words = main.split(/\s+/u).filter(Boolean);
  const prefixes: string[] = [];
  while (words.length > 1 && honorifics.has(bare(words[0]!))) prefixes.push(words.shift()!);
  const trailing: string[] = [];
  while (words.length > 2 && trailingSuffixes.has(bare(words.at(-1)!))) trailing.unshift(words.pop()!);
  suffixes.unshift(...trailing);
  if (words.length === 0 || (words.length === 1 && prefixes.length === 0 && suffixes.length === 0)) return null;
  if (words.length === 1) return { family: words[0]!, given: '', additional: [], prefixes, suffixes, nickname };
  let familyStart = words.length - 1;
  for (let i = words.length - 2; i >= 1 && particles.has(words[i]!.toLowerCase()); i--) familyStart = i;
  return {
    family: words.slice(familyStart).join(' '),
    given: words[0]!,
    additional: words.slice(1, familyStart),
    prefixes,
    suffixes,
    nickname,
  };
}
