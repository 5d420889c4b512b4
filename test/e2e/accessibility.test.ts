import AxeBuilder from '@axe-core/playwright';
import { subBusinessDays } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import { launchExtension, openLinkedIn, openPopupOn, waitForCapturedName, type Extension, extensionPage } from './launch.ts';
import { backdateRequest, moveThrough, saveMadeUp } from './pipeline-messages.ts';

let extension: Extension;
let profile: Page;

beforeAll(async () => {
  extension = await launchExtension();
  profile = await openLinkedIn(extension, pages.avery.url);
  const popup = await openPopupOn(extension, profile);
  await waitForCapturedName(popup, 'Avery Quinlan');
  await popup.getByRole('button', { name: 'Save as prospect' }).click();
  await popup.getByRole('status').filter({ hasText: 'Saved Avery Quinlan' }).waitFor();
  await popup.close();
});
afterAll(async () => extension?.close());

/** Serious and critical WCAG A/AA problems, in light and in dark. */
async function problems(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      found.push(`${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
  }
  return found;
}

describe('accessibility of every view (axe, WCAG 2.1 AA)', () => {
  it.each(['This page', 'Draft'])('the %s view', async (tab) => {
    const popup = await openPopupOn(extension, profile);
    await waitForCapturedName(popup, 'Avery Quinlan');
    await popup.getByRole('tab', { name: tab }).click();
    await popup.getByRole('tabpanel').getByText(/./).first().waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.close();
  });

  it('the This page view of a profile between jobs (the latest role, and when it ended)', async () => {
    const page = await openLinkedIn(extension, pages.betweenJobs.url);
    const popup = await openPopupOn(extension, page);
    await popup.getByText('latest role, ended Feb 2023').first().waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('This page with a refusal next to a field, and Draft on Email with a gap, the replace question and Open in mail', async () => {
    const popup = await openPopupOn(extension, profile);
    await waitForCapturedName(popup, 'Avery Quinlan');
    await popup.getByLabel('Name', { exact: true }).fill('');
    await popup.getByRole('button', { name: 'Update contact' }).click();
    await popup.getByRole('alert').filter({ hasText: 'A contact needs a name' }).waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByLabel('Channel').selectOption({ label: 'Email' });
    await popup.getByTestId('no-email').waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ confab: 1, name: 'updateContact', payload: { slug: 'avery-quinlan', email: 'avery@example.org' } }),
    );
    await popup.getByRole('textbox', { name: 'Message' }).fill('My own words.');
    await popup.getByRole('link', { name: 'Open in mail' }).waitFor();
    await popup.getByRole('button', { name: 'Use template' }).click();
    await popup.getByRole('button', { name: 'Replace my text' }).waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Replace my text' }).click();
    await popup.getByRole('link', { name: 'set your field in Options' }).waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.close();
  });

  it('the Today view: empty, then with reminders due (an overdue thank-you, follow-ups) and a move to undo', async () => {
    const popup = await openPopupOn(extension, null);
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.getByRole('heading', { name: 'Nothing due today' }).waitFor();
    expect(await problems(popup)).toEqual([]);
    await saveMadeUp(popup, 'kim-ode', 'Kim Ode', 'City Museum');
    await moveThrough(popup, 'kim-ode', ['requested', 'accepted', 'met'], new Date(Date.now() - 50 * 3_600_000));
    await saveMadeUp(popup, 'morgan-ellery', 'Morgan Ellery', 'Quarry Analytics');
    await moveThrough(popup, 'morgan-ellery', ['requested']);
    await backdateRequest(popup, 'morgan-ellery', subBusinessDays(new Date(), 8));
    await popup.reload();
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.locator('[data-group="follow-up"]').waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Mark Kim Ode as thanked' }).click();
    await popup.getByRole('status').getByRole('button', { name: 'Undo' }).waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page, with a template open (gaps, an unknown variable, hints), a deletion to confirm and a value not saved', async () => {
    const options = await extension.context.newPage();
    await options.goto(extensionPage(extension, 'options'));
    await options.getByLabel('Premium account').waitFor();
    expect(await problems(options)).toEqual([]);
    await options.getByRole('button', { name: 'Edit InMail' }).click();
    await options.getByRole('textbox', { name: 'Message' }).fill('Hi {firstName}, any jobs at {company}? {typo} {myName}');
    await options.getByTestId('unknown-variables').waitFor();
    await options.getByRole('textbox', { name: 'Question', exact: true }).fill('What surprised you?');
    await options.getByRole('button', { name: 'Add question' }).click();
    await options.getByRole('button', { name: 'Delete: What surprised you?' }).click();
    await options.getByRole('button', { name: 'Yes, delete' }).waitFor();
    expect(await problems(options)).toEqual([]);
    // A value that is not saved, and why, at its field.
    await options.getByLabel('A thank-you is due this many hours after the conversation').fill('72');
    await options.locator('#timing').getByRole('alert').waitFor();
    expect(await problems(options)).toEqual([]);
    await options.close();
  });

  it('the conversation page, with a bank of questions open and a time set', async () => {
    const page = await extension.context.newPage();
    await page.goto(extensionPage(extension, 'conversation', { slug: 'avery-quinlan' }));
    await page.locator('summary', { hasText: 'TIARA' }).click();
    await page.getByLabel('Meeting date and time').fill('2026-11-30T14:00');
    await page.getByLabel('A piece of advice, in their words').fill('Publish one case study a month');
    await page.getByRole('button', { name: 'Add advice' }).click();
    // The page's other states: a question refused at its field, the place, a rewritten thank-you being started again.
    await page.getByLabel('Where you meet').fill('https://meet.example.com/avery');
    await page.getByLabel('Or type your own question').fill('how did you get your start in this industry?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByRole('alert').filter({ hasText: 'This question is already item' }).waitFor();
    await page.locator('#thank-you-body').fill('Thank you, Avery, in my own words.');
    await page.getByRole('button', { name: 'Start again from the suggestion' }).click();
    await page.getByText('All changes saved.').waitFor();
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('the contacts list, a contact with a move open, and the employers with the form open', async () => {
    const page = await extension.context.newPage();
    await page.goto(extensionPage(extension, 'employers'));
    await page.evaluate(() =>
      chrome.runtime.sendMessage({
        confab: 1,
        name: 'saveEmployer',
        payload: { name: 'Harbor Light Labs', advocacy: true, motivation: 2 },
      }),
    );
    await page.getByRole('button', { name: 'Add an employer' }).click();
    await page.locator('[data-employer="Harbor Light Labs"]').waitFor();
    expect(await problems(page)).toEqual([]);
    await page.goto(extensionPage(extension, 'contacts'));
    await page.locator('[data-slug="avery-quinlan"]').waitFor();
    expect(await problems(page)).toEqual([]);
    await page.goto(extensionPage(extension, 'contact', { slug: 'avery-quinlan' }));
    await page.getByRole('button', { name: 'Move to Requested' }).click();
    await page.getByLabel('Who referred them?').fill('a');
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('a contact archived, merging open with a choice to make, a deletion to confirm, the Undo notice, and the list showing archived', async () => {
    const page = await extension.context.newPage();
    await page.goto(extensionPage(extension, 'contacts'));
    await saveMadeUp(page, 'avery-q', 'Avery Quinlan', 'Harbor Light Labs');
    await page.goto(extensionPage(extension, 'contact', { slug: 'avery-q' }));
    await page.getByRole('button', { name: 'Archive Avery Quinlan' }).click();
    await page.getByTestId('archived').waitFor();
    await page.getByRole('button', { name: 'Merge with another contact…' }).click();
    await page.getByLabel('The other contact (the same person saved again)').fill('avery');
    await page.getByRole('button', { name: /^Avery Quinlan/ }).click();
    await page.getByTestId('merge-outcome').waitFor();
    await page.getByRole('button', { name: 'Delete Avery Quinlan…' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).waitFor();
    expect(await problems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('button', { name: 'Undo the deletion of Avery Quinlan' }).waitFor();
    expect(await problems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo the deletion of Avery Quinlan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avery Quinlan' }).waitFor();
    await page.goto(extensionPage(extension, 'contacts', { archived: '1' }));
    await page.locator('[data-slug="avery-q"]').waitFor();
    expect(await problems(page)).toEqual([]);
    await page.close();
  });
});
