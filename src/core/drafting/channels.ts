/**
 * Where a request is sent from, and the limits LinkedIn puts on each (see the method notes):
 * connection note 200 characters (300 on Premium), InMail subject 200 and body 1,900; messages and
 * email have no hard limit, so the composer counts words instead.
 */
export const channels = ['connection-note', 'message', 'inmail', 'email'] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Record<Channel, string> = {
  'connection-note': 'Connection note',
  message: 'LinkedIn message',
  inmail: 'InMail',
  email: 'Email',
};

export interface LimitOptions {
  premium: boolean;
}

export interface Count {
  count: number;
  /** null: no hard limit, `count` is then a word count. */
  limit: number | null;
  unit: 'characters' | 'words';
  over: boolean;
  /** Where the text passes the limit (a UTF-16 offset), so the editor can mark what does not fit. */
  overflowAt: number | null;
  /** What the counter shows: `N / LIMIT` or `N words`. */
  label: string;
}

export const connectionNoteLimit = { free: 200, premium: 300 } as const;
export const inmailLimits = { subject: 200, body: 1_900 } as const;

export function hasSubject(channel: Channel): boolean {
  return channel === 'inmail' || channel === 'email';
}

export function bodyLimit(channel: Channel, options: LimitOptions): number | null {
  if (channel === 'connection-note') return options.premium ? connectionNoteLimit.premium : connectionNoteLimit.free;
  if (channel === 'inmail') return inmailLimits.body;
  return null;
}

export function subjectLimit(channel: Channel): number | null {
  return channel === 'inmail' ? inmailLimits.subject : null;
}

/** One segmenter for the module: building one per keystroke would be wasted work. */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Printable ASCII, tabs and line feeds: one code unit per character, so no segmenting is needed. */
const simpleText = /^[\t\n\x20-\x7e]*$/u;

/**
 * LinkedIn counts what a person sees as one character: 👩🏽‍💻 (seven code units) or "e" with a combining
 * accent counts once. JavaScript's `length` would count UTF-16 code units and overstate both.
 */
export function characterCount(text: string): number {
  if (simpleText.test(text)) return text.length;
  return [...graphemes.segment(text)].length;
}

/**
 * The UTF-16 offset of the first character past `limit`, always at a character boundary so the
 * editor never splits an emoji; null when the text fits or there is no limit.
 */
export function overflowAt(text: string, limit: number | null): number | null {
  if (limit === null || text.length <= limit) return null;
  if (simpleText.test(text)) return limit;
  let seen = 0;
  for (const { index } of graphemes.segment(text)) {
    if (seen === limit) return index;
    seen += 1;
  }
  return null;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}

export function countAgainst(text: string, limit: number | null): Count {
  if (limit === null) {
    const words = wordCount(text);
    return { count: words, limit: null, unit: 'words', over: false, overflowAt: null, label: `${words} ${words === 1 ? 'word' : 'words'}` };
  }
  const count = characterCount(text);
  return { count, limit, unit: 'characters', over: count > limit, overflowAt: overflowAt(text, limit), label: `${count} / ${limit}` };
}

export function countBody(channel: Channel, text: string, options: LimitOptions): Count {
  return countAgainst(text, bodyLimit(channel, options));
}
