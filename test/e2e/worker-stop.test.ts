/**
 * The service worker stopped in the middle of a save, as Chrome may stop it at any moment: a save or
 * a move is sent and the worker is stopped over CDP straight after, a little later each round so the
 * stop lands before, during and after the write. Each contact is then either fully there, with its
 * timeline event, or not at all; and once the worker is back, the badge and the alarms are what the
 * database says, whether or not the stopped worker got to update them.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchExtension, type Extension } from './launch.ts';
import { message, moveThrough } from './pipeline-messages.ts';
import { sendThenStop as stopDuring } from './worker-control.ts';

let extension: Extension;
let page: Page;
let cdp: CDPSession;
const rounds = 10;

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.goto(extension.popupUrl);
  cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
});
afterAll(async () => extension?.close());

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const fields = (slug: string) => ({
  name: `Stop ${slug}`,
  headline: '',
  currentTitle: '',
  currentCompany: '',
  location: '',
  url: url(slug),
  notes: '',
});

/** A capture heavy enough (200 positions) that the write takes a while: more room to land in it. */
function capture(slug: string) {
  const experience = Array.from({ length: 200 }, (_, i) => ({
    title: `Role ${i}`,
    company: `Company ${i}`,
    start: '2020',
    end: null,
    location: 'Lyon',
  }));
  return {
    kind: 'profile',
    slug,
    url: url(slug),
    name: `Stop ${slug}`,
    headline: null,
    location: null,
    currentTitle: 'Role 0',
    currentCompany: 'Company 0',
    about: 'x'.repeat(5_000),
    experience,
    education: [],
    missing: [],
  };
}

const sendThenStop = (name: string, payload: unknown, afterMs: number) => stopDuring(extension, page, cdp, name, payload, afterMs);

interface Stored {
  contacts: { slug: string; status: string; metAt: string | null; followUpAt: string | null; experience: unknown[] }[];
  events: { slug: string; kind: string; to: string | null }[];
}

function stored(): Promise<Stored> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('confab'));
    const tx = db.transaction(['contacts', 'timeline']);
    const [contacts, events] = await Promise.all([
      request(tx.objectStore('contacts').getAll()),
      request(tx.objectStore('timeline').getAll()),
    ]);
    db.close();
    return { contacts, events } as Stored;
  });
}

const inWorker = async <T>(run: () => Promise<T>): Promise<T> =>
  (extension.context.serviceWorkers().at(-1) ?? (await extension.worker())).evaluate(run);

describe('the worker stopped in the middle of a save', () => {
  it('leaves each contact whole or absent, and the badge and alarms right after the restart', async () => {
    // People to move to Met, one per round, each stop landing in a move that changes the badge.
    for (let i = 0; i < rounds; i++) {
      await message(page, 'saveContact', { fields: fields(`move-${i}`), capture: null });
      await moveThrough(page, `move-${i}`, ['requested', 'accepted']);
    }
    for (let i = 0; i < rounds; i++) {
      await sendThenStop('saveContact', { fields: fields(`save-${i}`), capture: capture(`save-${i}`) }, i);
      await sendThenStop('moveContact', { slug: `move-${i}`, to: 'met' }, i);
    }

    const { contacts, events } = await stored();
    for (let i = 0; i < rounds; i++) {
      const saved = contacts.find((c) => c.slug === `save-${i}`);
      const savedEvents = events.filter((e) => e.slug === `save-${i}`);
      // Whole (the record with all 200 positions and its "saved" event) or not there at all.
      if (saved) expect([saved.experience.length, savedEvents.map((e) => e.kind)]).toEqual([200, ['saved']]);
      else expect(savedEvents).toEqual([]);
      const moved = contacts.find((c) => c.slug === `move-${i}`)!;
      const metEvents = events.filter((e) => e.slug === `move-${i}` && e.to === 'met');
      expect([moved.status, metEvents.length, moved.metAt !== null]).toEqual(
        moved.status === 'met' ? ['met', 1, true] : ['accepted', 0, false],
      );
    }

    // The restarted worker works the toolbar out from the database alone (its start may still be running
    // when the last stop has just woken it: wait for it, the values must then be exactly these).
    const met = contacts.filter((c) => c.status === 'met').map((c) => Date.parse(c.metAt!));
    await expect.poll(() => badgeText(extension)).toBe(met.length > 0 ? String(met.length) : '');
    // One alarm for the next change: with a thank-you pending, the moment the oldest falls due (24 hours
    // by default); it turns late (48 hours) at a later wake-up of the same alarm.
    const nextDue = async () => (await inWorker(() => chrome.alarms.getAll())).find((a) => a.name === 'confab-next-due')?.scheduledTime;
    if (met.length > 0) await expect.poll(nextDue).toBe(Math.min(...met) + 24 * 3_600_000 + 1_000);
    // With nobody met the badge is '' before and after the restart: wait instead for the alarm the
    // restarted worker arms when some contact has a reminder set (followUpAt), and for none otherwise.
    const reminded = contacts.some((c) => c.followUpAt !== null);
    if (met.length === 0) await expect.poll(async () => (await nextDue()) !== undefined, { timeout: 10_000 }).toBe(reminded);
    const alarms = await inWorker(() => chrome.alarms.getAll());
    expect(alarms.find((a) => a.name === 'confab-badge-refresh')?.periodInMinutes).toBe(30);
    expect(alarms.map((a) => a.name).sort()).toEqual(
      alarms.some((a) => a.name === 'confab-next-due') ? ['confab-badge-refresh', 'confab-next-due'] : ['confab-badge-refresh'],
    );
    expect(alarms.some((a) => a.name === 'confab-next-due')).toBe(reminded);
  });
});
