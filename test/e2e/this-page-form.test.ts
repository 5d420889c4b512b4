/**
 * The This page form in real Chromium: where the keyboard starts and goes after a save, what it says
 * the page did not show, and a Profile URL edited to someone else's address refused next to the field.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import { launchExtension, openLinkedIn, openPopupOn, waitForCapturedName, type Extension } from './launch.ts';
import { saveMadeUp, storedContact } from './pipeline-messages.ts';

let extension: Extension;
beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => extension?.close());

const focusedId = (popup: Page) => popup.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
const contactCount = (popup: Page) =>
  popup.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('confab');
        open.onsuccess = () => {
          const count = open.result.transaction('contacts').objectStore('contacts').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );

describe('the This page form', () => {
  it('opens with the Name field focused, and after Save as prospect the focus is on the message saying so', async () => {
    const linkedIn = await openLinkedIn(extension, pages.avery.url);
    const popup = await openPopupOn(extension, linkedIn);
    await waitForCapturedName(popup, 'Avery Quinlan');
    await expect.poll(() => focusedId(popup)).toBe('profile-name');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    const saved = popup.getByRole('status').filter({ hasText: 'Saved Avery Quinlan as a prospect.' });
    await saved.waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Saved Avery Quinlan as a prospect.');
    await popup.close();
    await linkedIn.close();
  });

  it('refuses a Profile URL edited to someone else’s address, next to the field, and makes no second contact', async () => {
    const linkedIn = await openLinkedIn(extension, pages.avery.url);
    const popup = await openPopupOn(extension, linkedIn);
    await popup.getByTestId('saved-status').waitFor();
    const before = await contactCount(popup);
    const url = popup.getByLabel('Profile URL');
    await url.fill('https://www.linkedin.com/in/jordan-reyes-data/');
    await popup.getByRole('button', { name: 'Update contact' }).click();
    const reason =
      'This form is for Avery Quinlan, whose address is the page’s: linkedin.com/in/avery-quinlan. To save someone else, open their profile.';
    await expect.poll(() => popup.getByRole('alert').textContent()).toBe(reason);
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await popup.evaluate((id) => document.getElementById(id ?? '')?.textContent, await url.getAttribute('aria-describedby'))).toBe(
      reason,
    );
    await expect.poll(() => focusedId(popup)).toBe('profile-url');
    expect(await contactCount(popup)).toBe(before);
    expect(await storedContact(popup, 'jordan-reyes-data')).toBeUndefined();
    await popup.close();
    await linkedIn.close();
  });

  it('asks to fill in only the fields the form has; a missing experience section is only reported', async () => {
    const linkedIn = await openLinkedIn(extension, pages.jordan.url);
    await linkedIn.evaluate(() => {
      for (const section of document.querySelectorAll('section[data-section="experience"], section[data-section="education"]'))
        section.remove();
    });
    const popup = await openPopupOn(extension, linkedIn);
    await waitForCapturedName(popup, 'Jordan Reyes');
    const note = (await popup.getByRole('note').textContent()) ?? '';
    expect(note).toBe('Not found on this page: current title. Fill it in if you know it. Experience was not found on this page.');
    await popup.close();
    await linkedIn.close();
  });

  it('on a page that is not a profile, the focus starts on what the page is', async () => {
    const linkedIn = await openLinkedIn(extension, pages.feed.url);
    const popup = await openPopupOn(extension, linkedIn);
    await popup.getByTestId('page-hint').waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('page-hint');
    await popup.close();
    await linkedIn.close();
  });

  it('says a person saved by hand was never captured, rather than that nothing changed on LinkedIn', async () => {
    const linkedIn = await openLinkedIn(extension, pages.jordan.url);
    let popup = await openPopupOn(extension, linkedIn);
    await saveMadeUp(popup, 'jordan-reyes-data', 'Jordan Reyes', 'Quarry Analytics');
    await popup.close();
    popup = await openPopupOn(extension, linkedIn);
    const status = popup.getByTestId('saved-status');
    await status.filter({ hasText: 'Not captured from LinkedIn before: Update contact takes in what this page shows.' }).waitFor();
    expect(await status.textContent()).not.toContain('Nothing changed');
    await popup.getByRole('button', { name: 'Update contact' }).click();
    await status.filter({ hasText: 'Nothing changed on LinkedIn since the last capture.' }).waitFor();
    await popup.close();
    await linkedIn.close();
  });
});
