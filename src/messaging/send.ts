import browser from 'webextension-polyfill';
import type { MessageName, Replies, RequestOf, Result } from './protocol.ts';

export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Built here rather than with protocol.ts's `envelope`: the pages that send need only the types, and
 * importing that module would bundle every request schema into the popup's first load.
 */
function envelope<N extends MessageName>(name: N, payload: RequestOf<N>) {
  return { confab: 1 as const, name, payload };
}

/** Sends a typed message to the background and returns its reply, or throws its error as a MessageError. */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<Replies[N]> {
  let result: Result<Replies[N]> | undefined;
  try {
    result = (await browser.runtime.sendMessage(envelope(name, payload))) as Result<Replies[N]> | undefined;
  } catch (error) {
    throw new MessageError(`Confab’s background could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!result) throw new MessageError('Confab’s background gave no answer.');
  if (!result.ok) throw new MessageError(result.error);
  return result.value;
}
