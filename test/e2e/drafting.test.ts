/**
 * The request composer in real Chromium: a template filled from the contact, the gaps it leaves, a note
 * over LinkedIn's limit with its counter, marked overflow and hints, Copy that warns, the clipboard read
 * back, and "I sent it" moving the contact to Requested.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import { launchExtension, openLinkedIn, openPopupOn, type Extension } from './launch.ts';
import { storedContact } from './pipeline-messages.ts';

let extension: Extension;
let linkedIn: Page;

beforeAll(async () => {
  extension = await launchExtension();
  linkedIn = await openLinkedIn(extension, pages.jordan.url);
  const popup = await openPopupOn(extension, linkedIn);
  // expect.poll is for tests only: wait for the captured name by hand.
  for (let i = 0; i < 100 && (await popup.getByLabel('Name').inputValue()) !== 'Jordan Reyes'; i++) await popup.waitForTimeout(50);
  await popup.getByRole('button', { name: 'Save as prospect' }).click();
  await popup.getByRole('status').filter({ hasText: 'Saved Jordan Reyes as a prospect.' }).waitFor();
  await popup.close();
});
afterAll(async () => extension?.close());

const message = (popup: Page) => popup.getByRole('textbox', { name: 'Message' });
const hintIds = (popup: Page) => popup.locator('[data-hint]').evaluateAll((items) => items.map((item) => item.getAttribute('data-hint')));

describe('drafting a request', () => {
  it('fills a template from the contact and the connection, and shows the gaps it could not fill', async () => {
    const popup = await openPopupOn(extension, linkedIn);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByLabel('Channel').selectOption({ label: 'Connection note' });
    await popup.getByLabel('Your connection').fill('we both spoke at the Lakeshore data meetup');
    await popup.getByRole('button', { name: 'Use template' }).click();

    const body = await message(popup).inputValue();
    expect(body).toMatch(/^Hi Jordan, we both spoke at the Lakeshore data meetup/);
    expect(body).not.toMatch(/\{\w+\}/);
    // No field of interest in the options yet: a visible gap, named, and a hint about it.
    expect(body).toContain('[field of interest]');
    await popup.getByRole('status').filter({ hasText: 'Fill in the gaps: [field of interest]' }).waitFor();
    expect(await hintIds(popup)).toContain('placeholder');

    // The connection is kept with the contact.
    await popup.reload();
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await expect.poll(() => popup.getByLabel('Your connection').inputValue()).toBe('we both spoke at the Lakeshore data meetup');
    await popup.close();
  });

  it('counts as LinkedIn does, marks what does not fit, hints, and warns before copying a note over the limit', async () => {
    const popup = await openPopupOn(extension, linkedIn);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByLabel('Channel').selectOption({ label: 'Connection note' });
    // An emoji with a skin tone is one character to LinkedIn, seven UTF-16 units to JavaScript.
    const note = `Hello there 👩🏽‍💻 I am looking for a job opening on your team and would love to send my résumé. ${'I have many skills to share. '.repeat(5)}Thanks.`;
    await message(popup).fill(note);
    const graphemes = [...new Intl.Segmenter().segment(note)].length;
    expect(graphemes).toBeGreaterThan(200);
    await expect
      .poll(() => popup.getByTestId('message-count').textContent())
      .toBe(`${graphemes} / 200 · ${graphemes - 200} over the limit`);
    expect(await popup.getByTestId('message-count').getAttribute('class')).toContain('over');
    expect(await popup.getByTestId('overflow').locator('mark').textContent()).toBe(
      [...new Intl.Segmenter().segment(note)]
        .slice(200)
        .map((s) => s.segment)
        .join(''),
    );
    expect(await hintIds(popup)).toEqual([
      'over-limit',
      'no-greeting',
      'no-connection',
      'mentions-job',
      'no-time-asked',
      'no-closing-question',
    ]);

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.getByRole('alert').filter({ hasText: 'over LinkedIn’s limit' }).waitFor();
    await popup.getByRole('button', { name: 'Copy anyway' }).click();
    await popup.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    // Read the clipboard back by pasting it into the emptied box (extension pages cannot be granted
    // clipboard-read through the DevTools protocol).
    await message(popup).fill('');
    await message(popup).press('Control+V');
    await expect.poll(() => message(popup).inputValue()).toBe(note);
    await popup.close();
  });

  it('after a good note is copied, "I sent it" moves the contact to Requested with the date', async () => {
    const popup = await openPopupOn(extension, linkedIn);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    const note =
      'Hi Jordan, we both spoke at the Lakeshore data meetup. I would love to hear how you moved into data engineering. Would you be open to a 20-minute call in the next few weeks?';
    await message(popup).fill(note);
    await expect.poll(() => hintIds(popup)).toEqual([]);
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.getByRole('button', { name: 'I sent it' }).click();
    await popup.getByRole('status').filter({ hasText: 'Marked as requested on' }).waitFor();

    expect((await storedContact(popup, 'jordan-reyes-data'))?.status).toBe('requested');
    // Nothing to chase yet: Today names her as what comes next (a second person, in three business days).
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.getByRole('heading', { name: 'Nothing due today' }).waitFor();
    expect(await popup.getByRole('tabpanel').textContent()).toContain('Next: Jordan Reyes,');
    // Already requested: copying again offers no second "I sent it".
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await popup.getByRole('button', { name: 'I sent it' }).count()).toBe(0);
    await popup.close();
  });
});
