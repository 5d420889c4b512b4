/**
 * The page's end of a long message (long-port.ts): sent over a port of its own, it reports progress
 * to `onProgress` and can be cancelled until the background says it no longer can. The answer comes
 * as `send` gives it: the reply, or a MessageError with the sentence to show, or Cancelled.
 */
import browser from 'webextension-polyfill';
import { Cancelled, type Progress } from '../core/progress/progress.ts';
import { cancelRequest, longPortName, type LongAnswer } from './long-port.ts';
import type { LongMessageName, Replies, RequestOf } from './protocol.ts';
import { MessageError, unreachable } from './send.ts';
import { inParts } from './text-parts.ts';

export interface LongSend<R> {
  result: Promise<R>;
  /** Asks the background to stop; the outcome still comes through `result` (a Cancel can arrive too late). */
  cancel: () => void;
}

const interrupted =
  'Confab’s background stopped before it answered. Whatever it was writing was written whole or not at all: look, then try again.';
const tooLarge = 'This is too large to hand to Confab’s background in one piece. Nothing was changed.';

export function sendLong<N extends LongMessageName>(
  name: N,
  payload: RequestOf<N>,
  onProgress: (progress: Progress) => void,
): LongSend<Replies[N]> {
  const port = browser.runtime.connect({ name: longPortName });
  let settled = false;
  const result = new Promise<Replies[N]>((resolve, reject) => {
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      then();
    };
    port.onMessage.addListener((message: unknown) => {
      const answer = message as LongAnswer;
      if (answer.kind === 'progress') {
        if (!settled) onProgress(answer.progress);
        return;
      }
      const outcome = answer.result;
      settle(() =>
        outcome.ok
          ? resolve(outcome.value as Replies[N])
          : reject(outcome.cancelled ? new Cancelled() : new MessageError(outcome.error, outcome.field)),
      );
    });
    port.onDisconnect.addListener(() => settle(() => reject(new MessageError(interrupted))));
    // A large text goes in parts, a turn of the event loop between them, so the page never stalls on it.
    void (async () => {
      for (const [i, message] of inParts({ confab: 1, name, payload }).entries()) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        if (settled) return;
        try {
          port.postMessage(message);
        } catch (error) {
          // Chrome carries at most 64 MiB in one message; anything else means the background is not there.
          const text = error instanceof Error ? error.message : String(error);
          console.warn(`Confab: “${name}” was not delivered`, error);
          settle(() => reject(new MessageError(/maximum allowed (length|size)/i.test(text) ? tooLarge : unreachable)));
          return;
        }
      }
    })();
  });
  return {
    result,
    cancel: () => {
      if (settled) return;
      try {
        port.postMessage(cancelRequest);
      } catch {
        // The port closed meanwhile: its outcome (or onDisconnect) answers `result`.
      }
    },
  };
}
