import browser from 'webextension-polyfill';
import { envelope, type MessageName, type Replies, type RequestOf, type Result } from './protocol.ts';

export class MessageError extends Error {
  override name = 'MessageError';
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
