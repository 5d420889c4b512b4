/** Saving a profile suggests the employer on the user's list that matches the person's company. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import { launchExtension, openLinkedIn, openPopupOn, waitForCapturedName, type Extension } from './launch.ts';

let extension: Extension;
beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => extension?.close());

describe('the employer suggestion', () => {
  it('links a saved prospect to the matching employer, whatever the legal suffix', async () => {
    const linkedIn = await openLinkedIn(extension, pages.avery.url);
    const popup = await openPopupOn(extension, linkedIn);
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ confab: 1, name: 'saveEmployer', payload: { name: 'Harbor Light Labs, Inc.', motivation: 3 } }),
    );
    expect(reply).toMatchObject({ ok: true, value: { employer: { name: 'Harbor Light Labs, Inc.' } } });

    await waitForCapturedName(popup, 'Avery Quinlan');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await popup.getByRole('button', { name: 'Link to Harbor Light Labs, Inc.' }).click();
    await popup.getByRole('status').filter({ hasText: 'Linked to Harbor Light Labs, Inc. on your employer list.' }).waitFor();
    const employerId = await popup.evaluate(`new Promise((resolve) => {
      const open = indexedDB.open('confab');
      open.onsuccess = () => { const get = open.result.transaction('contacts').objectStore('contacts').get('avery-quinlan'); get.onsuccess = () => resolve(get.result.employerId); };
    })`);
    expect(employerId).toEqual(expect.any(Number));
    await popup.close();
    await linkedIn.close();
  });
});
