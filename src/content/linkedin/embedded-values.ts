/**
 * Small helpers shared by the readers of the JSON data LinkedIn embeds in `<code>` blocks
 * (dust-json.ts, voyager-json.ts): tolerant parsing, entity decoding and LinkedIn-style dates.
 */
import type { Education, Experience } from '../../core/contacts/profile.ts';
import { isObject, type JsonObject } from './json-ld.ts';
import type { TopField } from './selector-types.ts';
import { clean } from './text.ts';

export { isObject, type JsonObject };

/** What a reader found about the page's member; lists are empty when the JSON lacks them. */
export interface EmbeddedProfile {
  fields: Partial<Record<TopField, string>>;
  experience: Experience[];
  education: Education[];
}

/** The value as an object, or an empty one: lets readers walk optional paths without checks. */
export function obj(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * JSON.parse that survives what LinkedIn's embedding does to JSON: raw line breaks inside strings
 * (pretty-printed dumps), and `\u002d` written for "-" even in numbers (the dust blocks escape every
 * hyphen so the JSON can sit inside an HTML comment). Malformed text gives undefined, never throws.
 */
export function parseLooseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // repaired below
  }
  try {
    // eslint-disable-next-line no-control-regex -- raw control characters are what JSON forbids in strings
    return JSON.parse(text.replace(/\\u002d/gi, '-').replace(/[\u0000-\u001f]+/g, ' ')) as unknown;
  } catch {
    return undefined;
  }
}

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
};

/** Decodes the HTML entities dust values carry ("Gesch&#xe4;ftsf&#xfc;hrer"); unknown ones stay. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** A JSON string value as plain text: tags ("<br>") dropped, entities decoded, whitespace collapsed. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return clean(decodeEntities(value.replace(/<[^>]*>/g, ' ')));
}

/** The first usable text among the values. */
export function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const found = text(value);
    if (found) return found;
  }
  return null;
}

/** The fields that have a value. */
export function presentFields(fields: Record<TopField, string | null>): Partial<Record<TopField, string>> {
  const found: Partial<Record<TopField, string>> = {};
  for (const [key, value] of Object.entries(fields) as [TopField, string | null][]) if (value) found[key] = value;
  return found;
}

/** "First Last" from separate name parts; null when there are none. */
export function fullName(first: unknown, last: unknown): string | null {
  return clean([text(first), text(last)].filter(Boolean).join(' '));
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `{ year: 2016, month: 5 }` as LinkedIn's English UI shows it, "May 2016"; a year alone (or month 0,
 * which dust uses for "no month") as "2016". Anything else is null.
 */
export function monthYear(value: unknown): string | null {
  if (!isObject(value)) return null;
  const { year, month } = value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const name = typeof month === 'number' ? months[month - 1] : undefined;
  return name ? `${name} ${year}` : String(year);
}

/** What the DOM eras read for a role with no end date (see read-picks.ts `readDates`). */
export const presentEnd = 'Present';
