import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import { badgeText, foreignRequests, launchExtension, openLinkedIn, openPopupOn, type Extension } from './launch.ts';
import { moveThrough, storedContact } from './pipeline-messages.ts';
import { restartWorker, workerWasRestarted } from './worker-control.ts';

let extension: Extension;
let linkedIn: Page;

beforeAll(async () => {
  extension = await launchExtension();
  linkedIn = await openLinkedIn(extension, pages.avery.url);
});
afterAll(async () => extension?.close());

async function countStored(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('confab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
    store,
  );
}

describe('the whole spine in real Chromium', () => {
  it('captures the open profile into the This page form and saves it once, however often it is saved', async () => {
    const popup = await openPopupOn(extension, linkedIn);
    await expect.poll(() => popup.getByLabel('Name').inputValue()).toBe('Avery Quinlan');
    expect(await popup.getByLabel('Current title').inputValue()).toBe('Senior Product Designer');
    expect(await popup.getByLabel('Company').inputValue()).toBe('Harbor Light Labs');
    expect(await popup.getByLabel('Profile URL').inputValue()).toBe(pages.avery.url);
    await popup.getByLabel('Notes').fill('Ask about accessibility audits');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved Avery Quinlan as a prospect.' }).waitFor();

    await popup.reload();
    await popup.getByTestId('saved-status').filter({ hasText: 'Prospect' }).waitFor();
    expect(await popup.getByLabel('Notes').inputValue()).toBe('Ask about accessibility audits');
    await popup.getByRole('button', { name: 'Update contact' }).click();
    await popup.getByRole('status').filter({ hasText: 'Updated Avery Quinlan.' }).waitFor();
    expect(await countStored(popup, 'contacts')).toBe(1);

    // The capture left nothing in the page: no element, no global in the page's world.
    expect(await linkedIn.evaluate(() => 'confabCapture' in window || '__confabCapture' in window)).toBe(false);
    await popup.close();
  });

  it('has nothing due for a new prospect in Today, drafts a note with a live counter, and keeps the draft when the popup closes', async () => {
    let popup = await openPopupOn(extension, linkedIn);
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.getByRole('heading', { name: 'Nothing due today' }).waitFor();
    expect((await storedContact(popup, 'avery-quinlan'))?.status).toBe('prospect');

    await popup.getByRole('tab', { name: 'Draft' }).click();
    expect(await popup.getByLabel('Contact').inputValue()).toBe('avery-quinlan');
    await popup.getByLabel('Channel').selectOption({ label: 'Connection note' });
    const note = 'Hi Avery, fellow Portland designer here. Would you be open to a 20-minute call about your path into accessibility work?';
    await popup.getByRole('textbox', { name: 'Message' }).fill(note);
    await expect.poll(() => popup.getByTestId('message-count').textContent()).toBe(`${note.length} / 200`);
    await popup.getByRole('textbox', { name: 'Message' }).pressSequentially(' Thanks!');
    await expect.poll(() => popup.getByTestId('message-count').textContent()).toBe(`${note.length + 8} / 200`);
    await popup.close();

    popup = await openPopupOn(extension, linkedIn);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(`${note} Thanks!`);
    expect(await popup.getByLabel('Channel').inputValue()).toBe('connection-note');

    // Copy, then paste the clipboard back into the emptied box: what was copied is the draft.
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy' }).click();
    await popup.getByRole('status').filter({ hasText: 'Copied. Paste it into LinkedIn and send it yourself' }).waitFor();
    await popup.getByRole('textbox', { name: 'Message' }).fill('');
    await popup.getByRole('textbox', { name: 'Message' }).press('Control+V');
    await expect.poll(() => popup.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(`${note} Thanks!`);

    await popup.getByLabel('Channel').selectOption({ label: 'LinkedIn message' });
    await popup.getByRole('textbox', { name: 'Message' }).fill('One two three');
    await expect.poll(() => popup.getByTestId('message-count').textContent()).toBe('3 words');
    await popup.close();
  });

  it('shows the pending thank-you on the badge, keeps it right across a worker restart, and clears it when thanked', async () => {
    const popup = await openPopupOn(extension, linkedIn);
    await popup.getByRole('tab', { name: 'Today' }).click();
    expect(await badgeText(extension)).toBe('');
    await moveThrough(popup, 'avery-quinlan', ['requested', 'accepted', 'met']);
    await expect.poll(() => badgeText(extension)).toBe('1');
    await popup.locator('[data-group="thank-you"] [data-slug="avery-quinlan"]').waitFor();

    // Make the badge wrong behind Confab's back, stop the worker, and let it start again.
    await (await extension.worker()).evaluate(() => chrome.action.setBadgeText({ text: '9' }));
    await restartWorker(extension, popup);
    expect(await workerWasRestarted(extension)).toBe(true);
    await expect.poll(() => badgeText(extension)).toBe('1');

    await popup.getByRole('button', { name: 'Mark Avery Quinlan as thanked' }).click();
    await expect.poll(() => badgeText(extension)).toBe('');
    await popup.getByRole('status').filter({ hasText: 'Marked Avery Quinlan as thanked.' }).waitFor();
    expect((await storedContact(popup, 'avery-quinlan'))?.status).toBe('thanked');
    await popup.locator('[data-group="thank-you"]').waitFor({ state: 'detached' });

    await restartWorker(extension, popup);
    await expect.poll(() => badgeText(extension)).toBe('');
  });

  it('rejects a move the flow does not allow, with a clear message and no change', async () => {
    const popup = await openPopupOn(extension, null);
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ confab: 1, name: 'moveContact', payload: { slug: 'avery-quinlan', to: 'prospect' } }),
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('cannot move from Thanked to Prospect') });
    expect((await storedContact(popup, 'avery-quinlan'))?.status).toBe('thanked');
  });

  it('marks a thank-you overdue after the delay, in Today and in red on the badge', async () => {
    const popup = await openPopupOn(extension, null);
    // A conversation held three days ago, written straight into the database as a past session would have.
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await popup.evaluate(
      (at) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('confab');
          open.onsuccess = () => {
            const tx = open.result.transaction('contacts', 'readwrite');
            tx.objectStore('contacts').put({
              slug: 'rowan-ellis',
              name: 'Rowan Ellis',
              url: 'https://www.linkedin.com/in/rowan-ellis/',
              status: 'met',
              headline: '',
              currentTitle: 'Curator',
              currentCompany: 'City Museum',
              location: '',
              notes: '',
              about: '',
              experience: [],
              education: [],
              createdAt: at,
              updatedAt: at,
              statusChangedAt: at,
              metAt: at,
              thankedAt: null,
              lastCapturedAt: null,
              lastCapture: null,
              followUpAt: at,
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      threeDaysAgo,
    );
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ confab: 1, name: 'refreshBadge', payload: {} }))).toEqual({
      ok: true,
      value: { pending: 1 },
    });
    expect(await badgeText(extension)).toBe('1');
    const color = await (await extension.worker()).evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect(color.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.locator('[data-group="thank-you"] [data-slug="rowan-ellis"]', { hasText: 'Overdue' }).waitFor();
    await popup.close();
  });

  it('made no request but to the routed LinkedIn pages and the extension itself', () => {
    expect(extension.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(extension)).toEqual([]);
  });
});
