/**
 * Draft opens on the person in front: with a draft remembered for one person and the popup opened on
 * another saved person's profile, Draft shows (and names) the one on the page, and typing saves their
 * draft, never the remembered one's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import { foreignRequests, launchExtension, openLinkedIn, openPopupOn, waitForCapturedName, type Extension } from './launch.ts';

let extension: Extension;
beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => extension?.close());

async function saveFrom(url: string, name: string): Promise<Page> {
  const linkedIn = await openLinkedIn(extension, url);
  const popup = await openPopupOn(extension, linkedIn);
  await waitForCapturedName(popup, name);
  await popup.getByRole('button', { name: 'Save as prospect' }).click();
  await popup
    .getByRole('status')
    .filter({ hasText: `Saved ${name} as a prospect.` })
    .waitFor();
  await popup.close();
  return linkedIn;
}

/** Every stored draft as `slug|channel` → body, read straight from IndexedDB. */
function storedDrafts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve) => {
        const open = indexedDB.open('confab');
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () =>
            resolve(
              Object.fromEntries(
                (all.result as { slug: string; channel: string; body: string }[]).map((d) => [`${d.slug}|${d.channel}`, d.body]),
              ),
            );
        };
      }),
  );
}

const message = (popup: Page) => popup.getByRole('textbox', { name: 'Message' });

describe('whom Draft opens on', () => {
  it('the saved person on the page in front, named above the message; typing saves their draft and leaves the other’s alone', async () => {
    const jordanPage = await saveFrom(pages.jordan.url, 'Jordan Reyes');
    const averyPage = await saveFrom(pages.avery.url, 'Avery Quinlan');

    // A draft for Jordan, on Jordan's page: the remembered selection is now Jordan.
    let popup = await openPopupOn(extension, jordanPage);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByLabel('Channel').selectOption({ label: 'LinkedIn message' });
    expect(await popup.getByTestId('draft-for').textContent()).toBe('To Jordan Reyes, Quarry Analytics');
    await message(popup).fill('A note for Jordan only.');
    await expect.poll(() => storedDrafts(popup)).toEqual({ 'jordan-reyes-data|message': 'A note for Jordan only.' });
    await popup.close();

    // Avery's page in front: Draft opens on Avery, whatever was drafted last.
    popup = await openPopupOn(extension, averyPage);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await expect.poll(() => popup.getByLabel('Contact').inputValue()).toBe('avery-quinlan');
    expect(await popup.getByTestId('draft-for').textContent()).toBe('To Avery Quinlan, Harbor Light Labs');
    expect(await popup.evaluate(() => document.getElementById('draft-message')?.getAttribute('aria-describedby'))).toContain('draft-for');
    await message(popup).fill('A note for Avery.');
    await expect
      .poll(() => storedDrafts(popup))
      .toEqual({ 'jordan-reyes-data|message': 'A note for Jordan only.', 'avery-quinlan|message': 'A note for Avery.' });

    // Choosing Jordan in the list, in this popup, wins over the page, and shows Jordan's own draft.
    await popup.getByLabel('Contact').selectOption({ label: 'Jordan Reyes' });
    await expect.poll(() => message(popup).inputValue()).toBe('A note for Jordan only.');
    expect(await popup.getByTestId('draft-for').textContent()).toBe('To Jordan Reyes, Quarry Analytics');
    await popup.close();

    // Typing, then switching at once while that save may still be on its way: each text lands on its own contact.
    popup = await openPopupOn(extension, averyPage);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await expect.poll(() => popup.getByTestId('draft-for').textContent()).toBe('To Avery Quinlan, Harbor Light Labs');
    await message(popup).pressSequentially(' More for Avery.');
    await popup.getByLabel('Contact').selectOption({ label: 'Jordan Reyes' });
    await expect.poll(() => popup.getByTestId('draft-for').textContent()).toBe('To Jordan Reyes, Quarry Analytics');
    await message(popup).pressSequentially(' And more for Jordan.');
    await expect
      .poll(() => storedDrafts(popup))
      .toEqual({
        'jordan-reyes-data|message': 'A note for Jordan only. And more for Jordan.',
        'avery-quinlan|message': 'A note for Avery. More for Avery.',
      });
    await popup.close();

    // A page that shows nobody saved: the one remembered.
    popup = await openPopupOn(extension, null);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await expect.poll(() => popup.getByLabel('Contact').inputValue()).toBe('jordan-reyes-data');
    await popup.close();
    expect(foreignRequests(extension)).toEqual([]);
  });
});
