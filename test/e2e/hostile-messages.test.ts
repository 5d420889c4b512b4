/**
 * Every message type in the protocol, sent through real Chromium the hostile ways: wrong shapes,
 * huge strings (10 MB), wrong types and extra keys from Confab's own page; perfectly valid ones from
 * a LinkedIn page, from a script injected into it and from another extension. Each is refused, and
 * the database, storage, badge and alarms are exactly as before.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelope, isLongMessageName, requestSchemas, type MessageName } from '../../src/messaging/protocol.ts';
import { hugeLength, hugeMarker, variantsOf, wrongShapes } from '../hostile/hostile-payloads.ts';
import { messageSamples, sampleSlug } from '../hostile/message-samples.ts';
import { confabSnapshot } from './database-snapshot.ts';
import { pages } from './fixture-pages.ts';
import { e2eDist, launchExtension, openLinkedIn, type Extension } from './launch.ts';
import { message, moveThrough } from './pipeline-messages.ts';

const names = Object.keys(requestSchemas) as MessageName[];
const validMessages = names.map((name) => envelope(name, messageSamples[name] as never));

/** A second extension, with a fixed key so its id is known, and one page to send from. */
function otherExtension(): { dir: string; id: string } {
  const dir = mkdtempSync(join(tmpdir(), 'confab-other-extension-'));
  const der = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
  const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
    .join('');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', key: der.toString('base64') }),
  );
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>Other</title>');
  return { dir, id };
}

let extension: Extension;
let page: Page;
let before: string;
const other = otherExtension();

beforeAll(async () => {
  extension = await launchExtension({ dist: `${e2eDist},${other.dir}` });
  page = await extension.context.newPage();
  await page.goto(extension.popupUrl);
  // What the samples name exists, so any message that got through would change something.
  const sample = messageSamples.saveContact as { fields: unknown };
  await message(page, 'saveContact', { fields: sample.fields, capture: null });
  await moveThrough(page, sampleSlug, ['requested', 'accepted']);
  expect(await message(page, 'saveEmployer', { name: 'Northwind' })).toMatchObject({ employer: { id: 1 } });
  await message(page, 'saveDraft', { slug: sampleSlug, channel: 'message', subject: '', body: 'Hello' });
  before = await confabSnapshot(extension, page);
});
afterAll(async () => {
  await extension?.close();
  rmSync(other.dir, { recursive: true, force: true });
});

/** Sends each payload as `name` from an extension page; the huge marker becomes 10 MB there. */
function sendAll(from: Page, name: string, payloads: unknown[]): Promise<unknown[]> {
  return from.evaluate(
    async ([n, texts, marker, length]) => {
      const huge = 'x'.repeat(length);
      const replies: unknown[] = [];
      for (const text of texts) {
        const payload = JSON.parse(text, (_key, value: unknown) => (value === marker ? huge : value)) as unknown;
        replies.push(await chrome.runtime.sendMessage({ confab: 1, name: n, payload }));
      }
      return replies;
    },
    [name, payloads.map((p) => JSON.stringify(p) ?? 'null'), hugeMarker, hugeLength] as const,
  );
}

describe('from Confab’s own page, every message type with a bad payload', () => {
  it.each(names)('%s: wrong shapes, each field huge or mistyped, extra keys at every level: all refused', async (name) => {
    const variants = [...wrongShapes(), ...variantsOf(messageSamples[name])];
    const replies = await sendAll(
      page,
      name,
      variants.map((v) => v.payload),
    );
    const accepted = replies
      .map((reply, i) => [variants[i]!.label, reply] as const)
      .filter(([, reply]) => (reply as { ok?: boolean }).ok !== false);
    expect(accepted).toEqual([]);
    // Refused where it lands, or (a restore's text may be large) by the handler that reads it.
    // A field a person can fill in is named with its sentence (field-sentences.ts).
    for (const reply of replies)
      expect(reply).toEqual({
        ok: false,
        error: expect.any(String),
        ...((reply as object) && 'field' in (reply as object) ? { field: expect.any(String) } : {}),
      });
  });

  it('changed nothing', async () => {
    expect(await confabSnapshot(extension, page)).toBe(before);
  });
});

describe('valid messages from senders that are not Confab’s pages', () => {
  it('a LinkedIn page has no runtime.sendMessage to reach Confab, and its postMessage reaches nothing', async () => {
    const linkedIn = await openLinkedIn(extension, pages.avery.url);
    expect(
      await linkedIn.evaluate(
        () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
      ),
    ).toBe('undefined');
    await linkedIn.evaluate((messages) => {
      for (const m of messages) window.postMessage(m, '*');
    }, validMessages);
    await linkedIn.close();
    expect(await confabSnapshot(extension, page)).toBe(before);
  });

  it('a script injected into a LinkedIn page (the content-script world) is refused, message by message', async () => {
    const linkedIn = await openLinkedIn(extension, pages.avery.url);
    const replies = await page.evaluate(async (messages) => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/in/*' });
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        args: [messages],
        func: async (all: unknown[]) => {
          const out: unknown[] = [];
          for (const m of all) out.push(await chrome.runtime.sendMessage(m).catch((error: Error) => ({ thrown: error.message })));
          return out;
        },
      });
      return frame?.result as unknown[];
    }, validMessages);
    expect(replies).toHaveLength(names.length);
    for (const reply of replies)
      expect(reply).toEqual({ ok: false, error: 'Refused: this message did not come from one of Confab’s own pages.' });
    await linkedIn.close();
    expect(await confabSnapshot(extension, page)).toBe(before);
  });

  it('a script injected into a LinkedIn page that opens a long message’s port is refused there too', async () => {
    const linkedIn = await openLinkedIn(extension, pages.avery.url);
    const long = validMessages.filter((m) => isLongMessageName(m.name));
    const answers = await page.evaluate(async (messages) => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/in/*' });
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        args: [messages],
        func: async (all: unknown[]) => {
          const out: unknown[] = [];
          for (const m of all)
            out.push(
              await new Promise((resolve) => {
                const port = chrome.runtime.connect({ name: 'confab-long' });
                port.onMessage.addListener(resolve);
                port.onDisconnect.addListener(() => resolve({ disconnected: true }));
                port.postMessage(m);
              }),
            );
          return out;
        },
      });
      return frame?.result as unknown[];
    }, long);
    expect(answers).toHaveLength(6);
    for (const answer of answers)
      expect(answer).toEqual({
        kind: 'done',
        result: { ok: false, error: 'Refused: this port was not opened by one of Confab’s own pages.' },
      });
    await linkedIn.close();
    expect(await confabSnapshot(extension, page)).toBe(before);
  });

  it('another extension cannot reach Confab at all: it listens to no external messages', async () => {
    const foreign = await extension.context.newPage();
    await foreign.goto(`chrome-extension://${other.id}/page.html`);
    const replies = await foreign.evaluate(
      ([confabId, messages]) =>
        Promise.all(
          messages.map((m) =>
            chrome.runtime.sendMessage(confabId, m).then(
              (reply: unknown) => ({ reply }),
              (error: Error) => ({ thrown: error.message }),
            ),
          ),
        ),
      [extension.id, validMessages] as const,
    );
    for (const reply of replies) expect(reply).toEqual({ thrown: expect.stringMatching(/Receiving end does not exist/) });
    // Nor a port: Confab listens to no external connection, so it closes at once, unanswered.
    const port = await foreign.evaluate(
      (confabId) =>
        new Promise((resolve) => {
          const opened = chrome.runtime.connect(confabId, { name: 'confab-long' });
          opened.onMessage.addListener((answer) => resolve({ answer }));
          opened.onDisconnect.addListener(() => resolve({ closed: chrome.runtime.lastError?.message ?? '' }));
          opened.postMessage({ confab: 1, name: 'makeBackup', payload: {} });
        }),
      extension.id,
    );
    expect(port).toEqual({ closed: expect.stringMatching(/Receiving end does not exist|Could not establish connection/) });
    await foreign.close();
    expect(await confabSnapshot(extension, page)).toBe(before);
  });
});

describe('the comparison itself', () => {
  it('sees a change: one valid message from Confab’s page changes the snapshot', async () => {
    await message(page, 'setConnection', messageSamples.setConnection);
    expect(await confabSnapshot(extension, page)).not.toBe(before);
  });
});
