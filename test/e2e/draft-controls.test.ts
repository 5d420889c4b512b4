/**
 * Draft's everyday controls in real Chromium: an empty draft starts from the template, Use template
 * asks before replacing the person's text (the question takes the focus), a gap's "in Options" opens
 * the options page at that field, and the Email channel's Open in mail carries the draft.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailtoUrl } from '../../src/core/drafting/mailto.ts';
import { pages } from './fixture-pages.ts';
import { launchExtension, openLinkedIn, openPopupOn, type Extension, extensionPage } from './launch.ts';
import { message as send, saveMadeUp } from './pipeline-messages.ts';

let extension: Extension;
let linkedIn: Page;
beforeAll(async () => {
  extension = await launchExtension();
  linkedIn = await openLinkedIn(extension, pages.jordan.url);
  const popup = await openPopupOn(extension, linkedIn);
  await saveMadeUp(popup, 'jordan-reyes-data', 'Jordan Reyes', 'Quarry Analytics');
  await popup.close();
});
afterAll(async () => extension?.close());

const message = (popup: Page) => popup.getByRole('textbox', { name: 'Message' });

async function draftOn(channel: string): Promise<Page> {
  const popup = await openPopupOn(extension, linkedIn);
  await popup.getByRole('tab', { name: 'Draft' }).click();
  await popup.getByLabel('Channel').selectOption({ label: channel });
  return popup;
}

describe('the Draft view', () => {
  it('starts an empty draft from the template, and asks before the template replaces the person’s text, focusing the question', async () => {
    const popup = await draftOn('Connection note');
    await expect.poll(() => message(popup).inputValue()).toMatch(/^Hi Jordan,/);
    await message(popup).fill('My own words.');
    await popup.getByRole('button', { name: 'Use template' }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Replace my text');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    // Kept: the text stays and the focus returns to Use template.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Use template');
    expect(await message(popup).inputValue()).toBe('My own words.');
    await popup.getByRole('button', { name: 'Use template' }).click();
    await popup.getByRole('button', { name: 'Replace my text' }).click();
    await expect.poll(() => message(popup).inputValue()).toMatch(/^Hi Jordan,/);
    await popup.close();
  });

  it('links a gap set in the options to that field of the options page', async () => {
    const popup = await draftOn('LinkedIn message');
    const link = popup.getByRole('link', { name: 'set your field in Options' });
    expect(await link.getAttribute('href')).toBe(extensionPage(extension, 'options', {}, 'about-you-field'));
    const [options] = await Promise.all([extension.context.waitForEvent('page'), link.click()]);
    expect(options.url()).toBe(extensionPage(extension, 'options', {}, 'about-you-field'));
    await options.locator('#about-you-field').waitFor();
    await options.close();
    await popup.close();
  });

  it('Email: says where to add the address, then offers Open in mail with the draft in a mailto: link', async () => {
    let popup = await draftOn('Email');
    await popup
      .getByTestId('no-email')
      .filter({ hasText: 'No e-mail address for Jordan Reyes yet. Open in mail needs one: add it on their contact page' })
      .waitFor();
    expect(await popup.getByRole('link', { name: 'Open in mail' }).count()).toBe(0);
    await send(popup, 'updateContact', { slug: 'jordan-reyes-data', email: 'jordan@example.org' });
    await popup.close();

    popup = await draftOn('Email');
    await popup.getByLabel('Subject', { exact: true }).fill('A 20-minute chat & a question?');
    await message(popup).fill('Hi Jordan,\nWould you be open to 20 minutes?\nThanks');
    const href = await popup.getByRole('link', { name: 'Open in mail' }).getAttribute('href');
    expect(href).toBe(
      mailtoUrl('jordan@example.org', 'A 20-minute chat & a question?', 'Hi Jordan,\nWould you be open to 20 minutes?\nThanks'),
    );
    expect(href).toContain('body=Hi%20Jordan%2C%0D%0AWould');
    await popup.close();
  });
});
