/**
 * Every message type, where it lands (`dispatch`), against every hostile variant of its payload and
 * every foreign sender: each is refused with a reason and no handler runs. The end-to-end twin
 * (test/e2e/hostile-messages.test.ts) sends them through real Chromium and compares the database.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// First: it installs the fake IndexedDB that Dexie picks up when it loads.
import { freshDb } from './test-db.ts';
import { createHandlers } from '../../src/background/handlers.ts';
import type { ConfabDb } from '../../src/db/database.ts';
import { dispatch, type Handlers } from '../../src/messaging/handle.ts';
import { envelope, requestSchemas, type MessageName } from '../../src/messaging/protocol.ts';
import { strippedKey } from '../../src/messaging/unknown-keys.ts';
import { hugeLength, inflate, variantsOf, wrongShapes } from '../hostile/hostile-payloads.ts';
import { messageSamples, sampleSlug } from '../hostile/message-samples.ts';

// The handlers run for real on a fake IndexedDB; the toolbar is the browser's, so it is left out.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const options = { extensionId: 'confab-id', extensionOrigin: 'chrome-extension://confab-id/' };
const popup = { id: 'confab-id', url: 'chrome-extension://confab-id/src/pages/popup/index.html' };
const names = Object.keys(requestSchemas) as MessageName[];
const huge = 'x'.repeat(hugeLength);

type Spies = Record<MessageName, ReturnType<typeof vi.fn>>;

function handlers(): Spies {
  return Object.fromEntries(names.map((name) => [name, vi.fn(async () => ({}))])) as Spies;
}

/** Refused by dispatch itself: no handler was called. */
async function refused(message: unknown, sender: Parameters<typeof dispatch>[2] = popup): Promise<string> {
  const h = handlers();
  const result = await dispatch(h as unknown as Handlers, message, sender, options);
  expect(Object.values(h).filter((fn) => fn.mock.calls.length > 0)).toEqual([]);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

/**
 * A database holding what the samples name (the contact, employer 1, a draft), and the real handlers
 * on it: a variant dispatch let through would be refused by its handler or change the database.
 */
let db: ConfabDb;
let real: Handlers;
const dump = async () => JSON.stringify(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));

beforeAll(async () => {
  db = freshDb();
  real = createHandlers(db, async () => 0);
  const call = (name: MessageName, payload: unknown) => dispatch(real, envelope(name, payload as never), popup, options);
  const sample = messageSamples.saveContact as { fields: unknown };
  expect(await call('saveContact', { fields: sample.fields, capture: null })).toMatchObject({ ok: true });
  for (const to of ['requested', 'accepted']) expect(await call('moveContact', { slug: sampleSlug, to })).toMatchObject({ ok: true });
  expect(await call('saveEmployer', { name: 'Northwind' })).toMatchObject({ ok: true, value: { employer: { id: 1 } } });
  expect(await call('saveDraft', { slug: sampleSlug, channel: 'message', subject: '', body: 'Hello' })).toMatchObject({ ok: true });
});
afterAll(async () => db?.delete());

describe('the samples the hostile variants are made from', () => {
  it('cover every message type', () => {
    expect(names.filter((name) => !messageSamples[name])).toEqual([]);
  });

  it.each(names)('%s: its sample is valid, complete and goes through', async (name) => {
    const parsed = requestSchemas[name].safeParse(messageSamples[name]);
    expect(parsed.success).toBe(true);
    expect(strippedKey(messageSamples[name], parsed.data)).toBeNull();
    const h = handlers();
    expect(await dispatch(h as unknown as Handlers, envelope(name, messageSamples[name] as never), popup, options)).toEqual({
      ok: true,
      value: {},
    });
    expect(h[name]).toHaveBeenCalledOnce();
  });
});

describe.each(names)('%s, sent by one of Confab’s own pages', (name) => {
  it.each(wrongShapes().map((v) => [v.label, v.payload] as const))('refuses %s as its payload', async (_label, payload) => {
    expect(await refused({ confab: 1, name, payload: inflate(payload, huge) })).toMatch(new RegExp(`^Refused “${name}”: `));
  });

  it('refuses every field made huge, mistyped, and every extra key at every level, and nothing changes', async () => {
    const variants = variantsOf(messageSamples[name]);
    expect(variants.length).toBeGreaterThan(0);
    const before = await dump();
    for (const variant of variants) {
      const result = await dispatch(real, { confab: 1, name, payload: inflate(variant.payload, huge) }, popup, options);
      // Refused where it lands, or (a restore's text may be large) by the handler that reads it.
      // A field a person can fill in is named with its sentence (field-sentences.ts).
      expect(result, variant.label).toEqual({
        ok: false,
        error: expect.any(String),
        ...('field' in result ? { field: expect.any(String) } : {}),
      });
    }
    expect(await dump()).toBe(before);
  });

  it('refuses an envelope with an extra key, and one with a huge name', async () => {
    const valid = envelope(name, messageSamples[name] as never);
    expect(await refused({ ...valid, extra: 1 })).toBe('Refused: this is not a message Confab understands.');
    expect(await refused({ ...valid, name: huge })).toBe('Refused: this is not a message Confab understands.');
  });
});

describe.each(names)('%s, valid, from a sender that is not Confab’s page', (name) => {
  it.each([
    ['a script injected into a LinkedIn page', { id: 'confab-id', url: 'https://www.linkedin.com/in/x/', tab: { id: 1 } }],
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/page.html' }],
    [
      'another extension claiming Confab’s origin',
      { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://confab-id/src/pages/popup/index.html' },
    ],
    ['a web page (no id)', { url: 'https://example.com/' }],
    ['Firefox: another add-on', { id: 'evil@example.com', url: 'moz-extension://0000-1111/page.html' }],
  ])('refuses it from %s', async (_label, sender) => {
    expect(await refused(envelope(name, messageSamples[name] as never), sender)).toMatch(/did not come from one of Confab/);
  });
});

describe('finding stripped keys', () => {
  it('names the first extra key by its path, at any depth, and ignores undefined values', () => {
    expect(strippedKey({ a: 1, b: { c: [{ d: 1, e: 2 }] } }, { a: 1, b: { c: [{ d: 1 }] } })).toBe('b.c.0.e');
    expect(strippedKey(JSON.parse('{"a":1,"__proto__":{"x":1}}'), { a: 1 })).toBe('__proto__');
    expect(strippedKey({ a: 1, b: undefined }, { a: 1 })).toBeNull();
    expect(strippedKey({ a: ' x ' }, { a: 'x', defaulted: 0 })).toBeNull();
  });
});
