import { Cancelled, noTask, type Task } from '../core/progress/progress.ts';
import type { z } from '../core/z.ts';
import {
  envelopeSchema,
  isMessageName,
  requestSchemas,
  type MessageName,
  type ParsedRequestOf,
  type Replies,
  type Result,
} from './protocol.ts';
import { strippedKey } from './unknown-keys.ts';
import { FieldError } from './field-error.ts';
import { fieldRefusal } from './field-sentences.ts';

/** `task` reports progress and may cancel: a real one for work asked over a port (handle-port.ts), `noTask` otherwise. */
export type Handlers = { [N in MessageName]: (payload: ParsedRequestOf<N>, task: Task) => Promise<Replies[N]> };

/** Who sent a message, as the browser reports it: only the fields the check reads. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

export interface HandleOptions {
  extensionId: string;
  /** The extension's own origin, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
}

/** Only this extension's own pages (popup, options) may talk to the background. */
export function isTrustedSender(sender: SenderInfo, options: HandleOptions): boolean {
  if (sender.id !== options.extensionId) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
}

type Refusal = { ok: false; error: string; field?: string };
export type Checked = { ok: true; name: MessageName; payload: unknown } | Refusal;

/**
 * Validates where the message lands: the sender, the envelope, then the payload against its schema.
 * Ports (handle-port.ts) check what arrives on them with this very function.
 */
export function checkMessage(message: unknown, sender: SenderInfo, options: HandleOptions): Checked {
  if (!isTrustedSender(sender, options)) {
    return { ok: false, error: 'Refused: this message did not come from one of Confab’s own pages.' };
  }
  const parsedEnvelope = envelopeSchema.safeParse(message);
  if (
    !parsedEnvelope.success ||
    !isMessageName(parsedEnvelope.data.name) ||
    strippedKey(message, { ...parsedEnvelope.data, payload: undefined })
  ) {
    return { ok: false, error: 'Refused: this is not a message Confab understands.' };
  }
  const { name, payload } = parsedEnvelope.data;
  const parsed = requestSchemas[name].safeParse(payload);
  if (!parsed.success) {
    // What a person can meet in a form is a sentence about that field; the rest stays technical.
    const refusal = fieldRefusal(name, parsed.error);
    if (refusal) return { ok: false, ...refusal };
    return { ok: false, error: `Refused “${name}”: ${describeIssues(parsed.error)}` };
  }
  // Extra fields are refused, not dropped: see unknown-keys.ts.
  const extra = strippedKey(payload, parsed.data);
  if (extra) return { ok: false, error: `Refused “${name}”: ${extra}: Confab has no such field.` };
  return { ok: true, name, payload: parsed.data };
}

/** Runs a checked message's handler; anything it throws comes back as an error value. */
export async function runHandler(handlers: Handlers, name: MessageName, payload: unknown, task: Task = noTask): Promise<Result<unknown>> {
  try {
    const handler = handlers[name] as (payload: unknown, task: Task) => Promise<unknown>;
    return { ok: true, value: await handler(payload, task) };
  } catch (error) {
    if (error instanceof Cancelled) return { ok: false, error: error.message, cancelled: true };
    if (error instanceof FieldError) return { ok: false, error: error.message, field: error.field };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A one-shot message: checked where it lands, so a handler only ever sees a parsed payload. */
export async function dispatch(handlers: Handlers, message: unknown, sender: SenderInfo, options: HandleOptions): Promise<Result<unknown>> {
  const checked = checkMessage(message, sender, options);
  if (!checked.ok) return checked;
  return runHandler(handlers, checked.name, checked.payload);
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
