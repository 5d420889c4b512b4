/**
 * The background's end of a long message's port (long-port.ts). What arrives is checked exactly as
 * a one-shot message is (`checkMessage`: the sender, the envelope, the schema, no extra key), and
 * only the long messages are taken. The handler gets a `Task`: its reports go to the page, its
 * pauses let a Cancel (or the page going away) arrive, and a Cancel makes the next check throw, so
 * the work stops before it writes, or inside its transaction, which is then rolled back.
 */
import { Cancelled, type Progress, type Task } from '../core/progress/progress.ts';
import { checkMessage, isTrustedSender, runHandler, type Handlers, type HandleOptions, type SenderInfo } from './handle.ts';
import { isCancelRequest, longPortName, type LongAnswer } from './long-port.ts';
import { isLongMessageName, type Result } from './protocol.ts';
import { TextParts, type Assembly } from './text-parts.ts';

/** What of a runtime.Port this uses, as Chrome and the polyfill both give it. */
export interface PortLike {
  name: string;
  sender?: SenderInfo | undefined;
  postMessage(message: LongAnswer): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

const notUnderstood = 'Refused: this is not a message Confab understands. Nothing was changed.';

/** Lets other events in (a Cancel arriving on the port) before the work goes on. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function handlePort(handlers: Handlers, port: PortLike, options: HandleOptions): void {
  let open = true;
  let started = false;
  let cancelled = false;
  let refusal: string | null = null;

  const post = (answer: LongAnswer) => {
    if (!open) return;
    try {
      port.postMessage(answer);
    } catch {
      open = false; // The page went away meanwhile.
    }
  };
  const finish = (result: Result<unknown>) => {
    post({ kind: 'done', result });
    open = false;
    port.disconnect();
  };

  if (port.name !== longPortName || !isTrustedSender(port.sender ?? {}, options)) {
    finish({ ok: false, error: 'Refused: this port was not opened by one of Confab’s own pages.' });
    return;
  }
  // The page closed or reloaded: nobody is waiting for the outcome, so it is as good as a Cancel.
  port.onDisconnect.addListener(() => {
    open = false;
    cancelled = true;
  });
  // A large text comes in parts after the message (text-parts.ts): the message starts once it is whole.
  const assembly = new TextParts();
  const take = (assembled: Assembly) => {
    if (assembled.state === 'whole') void start(assembled.message);
    else if (assembled.state === 'refused') finish({ ok: false, error: notUnderstood });
  };
  port.onMessage.addListener((message) => {
    if (!open) return;
    if (!started) {
      started = true;
      take(assembly.start(message));
    } else if (assembly.waiting) {
      if (isCancelRequest(message)) finish({ ok: false, error: new Cancelled().message, cancelled: true });
      else take(assembly.add(message));
    } else if (!isCancelRequest(message)) {
      refusal = notUnderstood;
      cancelled = true;
    } else cancelled = true;
  });

  async function start(message: unknown): Promise<void> {
    const checked = checkMessage(message, port.sender ?? {}, options);
    if (!checked.ok) return finish(checked);
    if (!isLongMessageName(checked.name))
      return finish({ ok: false, error: `Refused “${checked.name}”: it is sent as a message, not over a port.` });
    let cancellable = true;
    const task: Task = {
      report: (progress: Progress) => {
        cancellable = progress.cancellable;
        post({ kind: 'progress', progress });
      },
      pause: async () => {
        await nextTurn();
        task.check();
      },
      check: () => {
        if (cancelled && cancellable) throw new Cancelled();
      },
    };
    const result = await runHandler(handlers, checked.name, checked.payload, task);
    finish(refusal && !result.ok ? { ok: false, error: refusal } : result);
  }
}
