/**
 * A long message's `text` (a backup file: 15 MB for 30,000 contacts) crosses the port in parts. In
 * one message, serialising it took the page's thread 100 ms and more; a part of 1 MiB takes a few
 * milliseconds, with a turn of the event loop between parts. The page first posts the message without
 * its text, saying how many parts follow (`textParts`), then the parts; the background puts the text
 * back into the payload and only then checks the whole message as any other (see handle-port.ts).
 */

export const partLength = 1 << 20;
/** Enough for the largest text a message may carry (a 50 MB backup), and no more. */
const maxParts = 64;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOnly = (record: Record<string, unknown>, keys: string[]) =>
  Object.keys(record).length === keys.length && keys.every((key) => Object.hasOwn(record, key));

/**
 * The text cut into slices of at most `length` characters, never between the two halves of an emoji
 * (each half alone would come out of UTF-8 as U+FFFD).
 */
export function textSlices(text: string, length = partLength): string[] {
  const slices: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + length, text.length);
    if (end < text.length && end - at > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    slices.push(text.slice(at, end));
    at = end;
  }
  return slices;
}

/** The messages the page posts for a message whose `text` is large: the message without it, then the parts. */
export function inParts(message: { confab: 1; name: string; payload: unknown }): unknown[] {
  const payload = message.payload as { text?: unknown };
  if (!isRecord(payload) || typeof payload.text !== 'string' || payload.text.length <= partLength) return [message];
  const { text, ...rest } = payload as { text: string };
  const parts = textSlices(text);
  return [{ ...message, payload: rest, textParts: parts.length }, ...parts.map((part) => ({ confab: 1, part }))];
}

export type Assembly = { state: 'whole'; message: unknown } | { state: 'more' } | { state: 'refused' };

/**
 * The background's side: `start` with the first message on the port, then `add` each one after it
 * until the message is whole. Anything out of shape (a part too long, one too many, a message that
 * is not a part) is refused; the text then put back is checked with the message's schema as usual.
 */
export class TextParts {
  private head: Record<string, unknown> | null = null;
  private expected = 0;
  private readonly parts: string[] = [];

  start(first: unknown): Assembly {
    if (!isRecord(first) || !Object.hasOwn(first, 'textParts')) return { state: 'whole', message: first };
    const { textParts, ...message } = first;
    const valid =
      hasOnly(message, ['confab', 'name', 'payload']) &&
      isRecord(message.payload) &&
      !Object.hasOwn(message.payload, 'text') &&
      Number.isInteger(textParts) &&
      (textParts as number) >= 1 &&
      (textParts as number) <= maxParts;
    if (!valid) return { state: 'refused' };
    this.head = message;
    this.expected = textParts as number;
    return { state: 'more' };
  }

  /** True while parts are still awaited. */
  get waiting(): boolean {
    return this.head !== null && this.parts.length < this.expected;
  }

  add(message: unknown): Assembly {
    if (!this.head || !isRecord(message) || !hasOnly(message, ['confab', 'part']) || message.confab !== 1) return { state: 'refused' };
    if (typeof message.part !== 'string' || message.part.length === 0 || message.part.length > partLength) return { state: 'refused' };
    this.parts.push(message.part);
    if (this.parts.length < this.expected) return { state: 'more' };
    const payload = { ...(this.head.payload as Record<string, unknown>), text: this.parts.join('') };
    return { state: 'whole', message: { ...this.head, payload } };
  }
}
