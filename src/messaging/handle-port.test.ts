/**
 * Long messages over a port, where they land: checked as every message is (sender, envelope, schema,
 * extra keys), only the long ones taken, progress posted as it goes, a Cancel or the page going away
 * stopping the work, and anything else arriving on the port refused with a plain sentence.
 */
import { describe, expect, it, vi } from 'vitest';
import { hugeLength, inflate, variantsOf, wrongShapes } from '../../test/hostile/hostile-payloads.ts';
import { messageSamples } from '../../test/hostile/message-samples.ts';
import type { Task } from '../core/progress/progress.ts';
import { dispatch, type Handlers } from './handle.ts';
import { handlePort, type PortLike } from './handle-port.ts';
import { cancelRequest, longPortName, type LongAnswer } from './long-port.ts';
import { envelope, isLongMessageName, requestSchemas, type MessageName } from './protocol.ts';
import { inParts } from './text-parts.ts';

const options = { extensionId: 'confab-id', extensionOrigin: 'chrome-extension://confab-id/' };
const optionsPage = { id: 'confab-id', url: 'chrome-extension://confab-id/src/pages/options/index.html' };
const names = Object.keys(requestSchemas) as MessageName[];
const longNames = names.filter(isLongMessageName);

/** A port as the background gets it, and the page's end: what it posts, and what was posted to it. */
function openPort(sender: PortLike['sender'] = optionsPage, name = longPortName) {
  const posted: LongAnswer[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  let goAway: () => void = () => undefined;
  let disconnected = false;
  const port: PortLike = {
    name,
    sender,
    postMessage: (message) => posted.push(message),
    disconnect: () => void (disconnected = true),
    onMessage: { addListener: (listener) => void (deliver = listener) },
    onDisconnect: { addListener: (listener) => void (goAway = listener) },
  };
  const outcome = () =>
    vi.waitFor(() => {
      const done = posted.find((answer) => answer.kind === 'done');
      if (!done) throw new Error('no outcome yet');
      return done.result;
    });
  const progress = () => posted.flatMap((answer) => (answer.kind === 'progress' ? [answer.progress.done] : []));
  return { port, post: (message: unknown) => deliver(message), close: () => goAway(), outcome, progress, disconnected: () => disconnected };
}

/** Every handler a spy; the long ones count to 5, reporting and pausing after each. */
function handlers() {
  const spies = Object.fromEntries(
    names.map((name) => [
      name,
      vi.fn(async (_payload: unknown, task: Task) => {
        if (!isLongMessageName(name)) return {};
        for (let done = 1; done <= 5; done++) {
          task.report({ step: 'checking', unit: 'contacts', done, total: 5, cancellable: true });
          await task.pause();
        }
        return { counted: 5 };
      }),
    ]),
  ) as Record<MessageName, ReturnType<typeof vi.fn>>;
  return { spies, handlers: spies as unknown as Handlers };
}

/** The outcome of a refused port: no handler ran, the port is closed, and the sentence. */
const refusedOn = async (page: ReturnType<typeof openPort>, spies: Record<string, ReturnType<typeof vi.fn>>) => {
  const result = await page.outcome();
  expect(Object.values(spies).filter((spy) => spy.mock.calls.length > 0)).toEqual([]);
  expect(page.disconnected()).toBe(true);
  if (result.ok) throw new Error('accepted');
  return result.error;
};

describe('a long message over its port', () => {
  it.each(longNames)('%s: runs its handler with a task, posts each step, then the outcome, and closes', async (name) => {
    const { spies, handlers: h } = handlers();
    const page = openPort();
    handlePort(h, page.port, options);
    page.post(envelope(name, messageSamples[name] as never));
    expect(await page.outcome()).toEqual({ ok: true, value: { counted: 5 } });
    expect(page.progress()).toEqual([1, 2, 3, 4, 5]);
    expect(spies[name]).toHaveBeenCalledOnce();
    expect(page.disconnected()).toBe(true);
  });

  it('takes a large text in parts, and hands the handler the message whole, checked', async () => {
    const { spies, handlers: h } = handlers();
    const page = openPort();
    handlePort(h, page.port, options);
    const text = 'x'.repeat(3_500_000);
    for (const message of inParts(envelope('restoreBackup', { text, mode: 'merge' }))) page.post(message);
    expect(await page.outcome()).toEqual({ ok: true, value: { counted: 5 } });
    expect(spies.restoreBackup).toHaveBeenCalledWith({ text, mode: 'merge' }, expect.anything());
  });

  it('checks the message put back together like any other: an extra key in its payload is refused', async () => {
    const { spies, handlers: h } = handlers();
    const page = openPort();
    handlePort(h, page.port, options);
    const message = { confab: 1, name: 'previewRestore', payload: { text: 'x'.repeat(2_500_000), mode: 'merge' } };
    for (const part of inParts(message as never)) page.post(part);
    expect(await refusedOn(page, spies)).toBe('Refused “previewRestore”: mode: Confab has no such field.');
  });

  it('stops taking parts on a Cancel, and refuses a stray message among them', async () => {
    const [head, first] = inParts(envelope('restoreBackup', { text: 'x'.repeat(2_500_000), mode: 'merge' }));
    const cancelled = openPort();
    const one = handlers();
    handlePort(one.handlers, cancelled.port, options);
    cancelled.post(head);
    cancelled.post(first);
    cancelled.post(cancelRequest);
    expect(await cancelled.outcome()).toEqual({ ok: false, error: 'Cancelled: nothing was changed.', cancelled: true });
    const stray = openPort();
    const two = handlers();
    handlePort(two.handlers, stray.port, options);
    stray.post(head);
    stray.post(envelope('makeBackup', {}));
    expect(await refusedOn(stray, two.spies)).toBe('Refused: this is not a message Confab understands. Nothing was changed.');
    expect(one.spies.restoreBackup).not.toHaveBeenCalled();
  });

  it('stops at the next step after a Cancel, and says it was cancelled', async () => {
    const { handlers: h } = handlers();
    const page = openPort();
    handlePort(h, page.port, options);
    page.post(envelope('restoreBackup', messageSamples.restoreBackup as never));
    await vi.waitFor(() => expect(page.progress().length).toBeGreaterThan(0));
    page.post(cancelRequest);
    expect(await page.outcome()).toEqual({ ok: false, error: 'Cancelled: nothing was changed.', cancelled: true });
    expect(page.progress().length).toBeLessThan(5);
  });

  it('stops when the page goes away', async () => {
    const { handlers: h } = handlers();
    const page = openPort();
    let finished = false;
    handlePort(
      { ...h, exportFile: async (payload, task) => h.exportFile(payload, task).finally(() => (finished = true)) },
      page.port,
      options,
    );
    page.post(envelope('exportFile', { kind: 'contacts-csv' }));
    page.close();
    await vi.waitFor(() => expect(finished).toBe(true));
    expect(page.progress().length).toBeLessThan(5);
  });

  it('ignores a Cancel once the work says it can no longer be cancelled', async () => {
    const page = openPort();
    const { handlers: h } = handlers();
    handlePort(
      {
        ...h,
        applyImport: async (_payload, task) => {
          task.report({ step: 'finishing', unit: 'contacts', done: 0, total: 0, cancellable: false });
          await new Promise((resolve) => setTimeout(resolve, 5));
          task.check();
          return { id: 7 } as never;
        },
      },
      page.port,
      options,
    );
    page.post(envelope('applyImport', messageSamples.applyImport as never));
    await vi.waitFor(() => expect(page.progress()).toEqual([0]));
    page.post(cancelRequest);
    expect(await page.outcome()).toEqual({ ok: true, value: { id: 7 } });
  });
});

describe('refused over a port, with a sentence, and no handler runs', () => {
  it.each([
    ['a script injected into a LinkedIn page', { id: 'confab-id', url: 'https://www.linkedin.com/in/x/' }],
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/p.html' }],
    ['a sender with no id or address', {}],
  ])('a port opened from %s', async (_label, sender) => {
    const { spies, handlers: h } = handlers();
    const page = openPort(sender);
    handlePort(h, page.port, options);
    page.post(envelope('restoreBackup', messageSamples.restoreBackup as never));
    expect(await refusedOn(page, spies)).toBe('Refused: this port was not opened by one of Confab’s own pages.');
  });

  it('a port of another name', async () => {
    const { spies, handlers: h } = handlers();
    const page = openPort(optionsPage, 'something-else');
    handlePort(h, page.port, options);
    expect(await refusedOn(page, spies)).toMatch(/^Refused: this port was not opened/);
  });

  it.each(names.filter((name) => !isLongMessageName(name)))('%s, which is not a long message', async (name) => {
    const { spies, handlers: h } = handlers();
    const page = openPort();
    handlePort(h, page.port, options);
    page.post(envelope(name, messageSamples[name] as never));
    expect(await refusedOn(page, spies)).toBe(`Refused “${name}”: it is sent as a message, not over a port.`);
  });

  // A backup's text may be large (10 MB is within its limit): that one is refused by the handler that
  // reads it, over a port as in a one-shot message.
  it.each(longNames)('%s: every hostile variant, answered exactly as a one-shot message is', async (name) => {
    const huge = 'x'.repeat(hugeLength);
    for (const variant of [...wrongShapes(), ...variantsOf(messageSamples[name])]) {
      const message = { confab: 1, name, payload: inflate(variant.payload, huge) };
      const expected = await dispatch(handlers().handlers, message, optionsPage, options);
      const { spies, handlers: h } = handlers();
      const page = openPort();
      handlePort(h, page.port, options);
      page.post(message);
      if (expected.ok) expect((await page.outcome()).ok, variant.label).toBe(true);
      else expect(await refusedOn(page, spies), variant.label).toBe(expected.error);
    }
  });

  it.each([
    ['a second message', envelope('exportFile', { kind: 'calendar' })],
    ['a Cancel with an extra key', { ...cancelRequest, now: true }],
    ['a string', 'cancel'],
  ])('%s arriving while the work runs: it stops, and the answer is a refusal', async (_label, stray) => {
    const { handlers: h } = handlers();
    const page = openPort();
    handlePort(h, page.port, options);
    page.post(envelope('exportFile', { kind: 'contacts-csv' }));
    page.post(stray);
    expect(await page.outcome()).toEqual({ ok: false, error: 'Refused: this is not a message Confab understands. Nothing was changed.' });
  });
});
