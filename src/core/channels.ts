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

/** LinkedIn's own counters count UTF-16 code units (JavaScript string length), so do the same. */
export function characterCount(text: string): number {
  return text.length;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}

export function countAgainst(text: string, limit: number | null): Count {
  if (limit === null) {
    const words = wordCount(text);
    return { count: words, limit: null, unit: 'words', over: false, label: `${words} ${words === 1 ? 'word' : 'words'}` };
  }
  const count = characterCount(text);
  return { count, limit, unit: 'characters', over: count > limit, label: `${count} / ${limit}` };
}

export function countBody(channel: Channel, text: string, options: LimitOptions): Count {
  return countAgainst(text, bodyLimit(channel, options));
}
