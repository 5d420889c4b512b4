/**
 * The port a long message travels on (see protocol.ts's longMessageNames): the page connects, posts
 * the message, and may then post a Cancel; the background posts progress any number of times, then
 * the outcome once, and the port closes. Small and free of schemas, so that the pages that send over
 * it do not load every request's schema.
 */
import type { Progress } from '../core/progress/progress.ts';
import type { Result } from './protocol.ts';

export const longPortName = 'confab-long';

/** The one thing a page may post on the port after the message itself. */
export const cancelRequest = { confab: 1, cancel: true } as const;

export function isCancelRequest(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const record = message as Record<string, unknown>;
  return Object.keys(record).length === 2 && record.confab === 1 && record.cancel === true;
}

export type LongAnswer = { kind: 'progress'; progress: Progress } | { kind: 'done'; result: Result<unknown> };
