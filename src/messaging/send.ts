import browser from 'webextension-polyfill';
import type { MessageName, Replies, RequestOf, Result } from './protocol.ts';

/** A refusal or failure, in a sentence for the person; `field` names the form field it is about, if any. */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Built here rather than with protocol.ts's `envelope`: the pages that send need only the types, and
 * importing that module would bundle every request schema into the popup's first load.
 */
function envelope<N extends MessageName>(name: N, payload: RequestOf<N>) {
  return { confab: 1 as const, name, payload };
}

export const unreachable = 'Confab could not reach its storage just now. Close this window, open it again and try once more.';

/** Sends a typed message to the background and returns its reply, or throws its error as a MessageError. */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<Replies[N]> {
  let result: Result<Replies[N]> | undefined;
  try {
    result = (await browser.runtime.sendMessage(envelope(name, payload))) as Result<Replies[N]> | undefined;
  } catch (error) {
    // The browser's own words ("Receiving end does not exist") say nothing to the person: kept for the console.
    console.warn(`Confab: “${name}” was not delivered`, error);
    throw new MessageError(unreachable);
  }
  if (!result) throw new MessageError(unreachable);
  if (!result.ok) throw new MessageError(result.error, result.field);
  return result.value;
}

/** The sentence to show for a failed send (or anything else thrown), and the field it is about. */
export function refusalOf(error: unknown): { message: string; field: string | undefined } {
  if (error instanceof MessageError) return { message: error.message, field: error.field };
  return { message: error instanceof Error ? error.message : String(error), field: undefined };
}
