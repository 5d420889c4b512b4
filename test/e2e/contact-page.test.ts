/**
 * One contact's page and the employers (LAMP) list in real Chromium: move with a note and undo,
 * tags, the employer suggested from the company, a referral seen from both ends, advice acted on;
 * then employers added in LAMP order and one deleted, its contact unlinked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension, extensionPage } from './launch.ts';
import { message, putContacts, readContact, storedContact } from './seed-contacts.ts';

let extension: Extension;
let page: Page;
const announced = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
const pill = () => page.getByTestId('contact-status').textContent();
const timeline = () => page.getByTestId('timeline').locator('li');
const stored = (slug: string) => readContact(page, slug);
const openContact = async (slug: string, name: string) => {
  await page.goto(extensionPage(extension, 'contact', { slug }));
  await page.getByRole('heading', { level: 1, name }).waitFor();
};

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.goto(extensionPage(extension, 'contacts'));
  await page.getByTestId('list-summary').filter({ hasText: '0 contacts.' }).waitFor();
  await putContacts(page, [
    storedContact('zoe-marlow', 'Zoë Marlow', { currentCompany: 'Lumen Analytics Ltd', currentTitle: 'Staff Data Scientist' }),
    storedContact('jordan-reyes', 'Jordan Reyes', { currentCompany: 'Beacon Health' }),
    storedContact('pat-okafor', 'Pat Okafor', { currentCompany: 'Tidewater Books' }),
  ]);
  await message(page, 'saveEmployer', { name: 'Lumen Analytics' });
});
afterAll(async () => extension?.close());

describe('a contact’s page', () => {
  it('moves the contact with a note, then undoes the move', async () => {
    await openContact('zoe-marlow', 'Zoë Marlow');
    expect(await pill()).toBe('Prospect');
    await page.getByRole('button', { name: 'Move to Requested' }).click();
    await page.getByLabel('Note (optional)').fill('Sent a connection note');
    await page.locator('.move-form').getByRole('button', { name: 'Move to Requested' }).click();
    await announced('Moved to Requested.');
    expect(await pill()).toBe('Requested');
    expect(await timeline().first().textContent()).toContain('Prospect → Requested“Sent a connection note”');

    await page.getByRole('button', { name: 'Undo last move (Prospect → Requested)' }).click();
    await announced('Undone: back to Prospect.');
    expect(await pill()).toBe('Prospect');
    await expect.poll(() => timeline().filter({ hasText: 'Prospect → Requested' }).count()).toBe(0);
  });

  it('asks for the meeting time on a move to Scheduled', async () => {
    for (const to of ['Requested', 'Accepted']) {
      await page.getByRole('button', { name: `Move to ${to}` }).click();
      await page
        .locator('.move-form')
        .getByRole('button', { name: `Move to ${to}` })
        .click();
      await announced(`Moved to ${to}.`);
    }
    await page.getByRole('button', { name: 'Move to Scheduled' }).click();
    await page.locator('.move-form').getByRole('button', { name: 'Move to Scheduled' }).click();
    await page.getByRole('alert').filter({ hasText: 'Give the date and time of the meeting.' }).waitFor();
    await page.getByLabel('Meeting date and time').fill('2030-05-04T15:30');
    await page.locator('.move-form').getByRole('button', { name: 'Move to Scheduled' }).click();
    await announced('Moved to Scheduled.');
    expect((await stored('zoe-marlow')).scheduledFor).toBe(new Date(2030, 4, 4, 15, 30).toISOString());
  });

  it('adds and removes tags', async () => {
    for (const tag of ['mentor', 'Design']) {
      await page.getByLabel('New tag').fill(tag);
      await page.getByRole('button', { name: 'Add tag' }).click();
      await announced(`Added the tag “${tag}”.`);
    }
    await page.getByRole('button', { name: 'Remove the tag Design' }).click();
    await announced('Removed the tag “Design”.');
    expect(await page.getByTestId('tags').locator('li').allTextContents()).toEqual(['mentor×']);
  });

  it('links the employer suggested by the company, or adds the company to the list', async () => {
    await page.getByRole('button', { name: 'Link to Lumen Analytics' }).click();
    await announced('Linked to Lumen Analytics.');
    await page.getByRole('link', { name: 'Lumen Analytics on your employers list' }).waitFor();
    expect((await stored('zoe-marlow')).employerId).toBe(Number(await page.getByLabel('Employer on your list').inputValue()));

    await openContact('pat-okafor', 'Pat Okafor');
    await page.getByRole('button', { name: 'Add Tidewater Books to your employers' }).click();
    await announced('Added Tidewater Books to your employers and linked Pat Okafor to it.');
    expect(await page.getByLabel('Employer on your list').locator('option:checked').textContent()).toBe('Tidewater Books');
  });

  it('records who referred them, and shows it on the referrer’s page too', async () => {
    await openContact('zoe-marlow', 'Zoë Marlow');
    await page.getByLabel('Who referred them?').fill('jord');
    await page.getByRole('button', { name: /^Jordan Reyes/ }).click();
    await announced('Recorded that Jordan Reyes referred Zoë Marlow.');
    await page.getByTestId('referred-by').getByRole('link', { name: 'Jordan Reyes' }).waitFor();
    await timeline().filter({ hasText: 'Referred by Jordan Reyes' }).waitFor();
    await page.getByTestId('referred-by').getByRole('link', { name: 'Jordan Reyes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jordan Reyes' }).waitFor();
    await page.getByTestId('referred').getByRole('link', { name: 'Zoë Marlow' }).waitFor();
  });

  it('records advice acted on, which brings the close-the-loop reminder', async () => {
    await openContact('zoe-marlow', 'Zoë Marlow');
    await page.getByLabel('What did you do? (optional)').fill('Rewrote my portfolio introduction');
    await page.getByRole('button', { name: 'I acted on their advice' }).click();
    await announced('Recorded. A reminder to tell Zoë is in your Today view.');
    await page.getByTestId('loop-to-close').waitFor();
    await timeline().filter({ hasText: 'Acted on advice' }).filter({ hasText: 'Rewrote my portfolio introduction' }).waitFor();
    const zoe = await stored('zoe-marlow');
    expect(typeof zoe.adviceActedOnAt).toBe('string');
    expect(Date.parse(zoe.followUpAt as string)).toBeLessThanOrEqual(Date.now());
  });
});

describe('the employers page', () => {
  const order = () => page.locator('ol.employers > li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.employer));

  async function add(name: string, scores: { advocacy?: boolean; motivation: string; posting: string }) {
    await page.getByRole('button', { name: 'Add an employer' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    if (scores.advocacy) await page.getByLabel(/^Advocacy/).check();
    await page
      .getByRole('group', { name: /^Motivation/ })
      .getByLabel(scores.motivation)
      .check();
    await page
      .getByRole('group', { name: /^Posting/ })
      .getByLabel(scores.posting)
      .check();
    await page.getByRole('button', { name: 'Add employer' }).click();
    await announced(`Added ${name}.`);
  }

  it('adds employers and keeps them in LAMP order, with a hint on the list’s length', async () => {
    await page.goto(extensionPage(extension, 'employers'));
    await page.getByTestId('lamp-hint').filter({ hasText: '2 of about 40' }).waitFor();
    await add('Quarry Labs', { advocacy: true, motivation: '1 · Somewhat', posting: '0 · No relevant roles' });
    await add('Beacon Health', { motivation: '3 · Dream employer', posting: '3 · The role I want' });
    await expect.poll(order).toEqual(['Quarry Labs', 'Beacon Health', 'Lumen Analytics', 'Tidewater Books']);
    await page.getByTestId('lamp-hint').filter({ hasText: '4 of about 40' }).waitFor();
    await page.locator('[data-employer="Lumen Analytics"]').getByRole('link', { name: 'Zoë Marlow' }).waitFor();
  });

  it('deletes an employer after saying how many contacts it unlinks', async () => {
    await page.getByRole('button', { name: 'Delete Lumen Analytics' }).click();
    await page.getByText('Delete “Lumen Analytics” and unlink 1 contact (they stay in your contacts)? This cannot be undone.').waitFor();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await announced('Deleted Lumen Analytics. One contact was unlinked.');
    await expect.poll(order).toEqual(['Quarry Labs', 'Beacon Health', 'Tidewater Books']);
    expect((await stored('zoe-marlow')).employerId).toBeNull();
  });
});
