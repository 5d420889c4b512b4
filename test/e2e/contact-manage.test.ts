/**
 * The record itself on a contact's page, in real Chromium: the e-mail and meeting place, archive and
 * restore (out of the list, Today and the badge, then back), delete with Undo that restores every row
 * as it was, and merge two records of one person.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confabSnapshot } from './database-snapshot.ts';
import { badgeText, launchExtension, openPopupOn, type Extension, extensionPage } from './launch.ts';
import { moveThrough, saveMadeUp } from './pipeline-messages.ts';
import { message, readContact } from './seed-contacts.ts';

let extension: Extension;
let page: Page;
const announced = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
const openContact = async (slug: string, name: string) => {
  await page.goto(extensionPage(extension, 'contact', { slug }));
  await page.getByRole('heading', { level: 1, name }).waitFor();
};
const listed = async (slug: string) => {
  await page.goto(extensionPage(extension, 'contacts'));
  await page
    .getByTestId('list-summary')
    .filter({ hasText: /\d contacts?\./ })
    .waitFor();
  return page.locator(`[data-slug="${slug}"]`).count();
};
/** How many times the popup's Today view lists the contact's thank-you. */
const inToday = async (slug: string) => {
  const popup = await openPopupOn(extension, null);
  await popup.getByRole('tab', { name: 'Today' }).click();
  const row = popup.locator(`[data-slug="${slug}"][data-kind="thank-you"]`);
  // Nobody else has anything due: either their row or the empty view shows, once loaded.
  await row.or(popup.getByRole('heading', { name: 'Nothing due today' })).waitFor();
  const rows = await row.count();
  await popup.close();
  return rows;
};
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.goto(extensionPage(extension, 'contacts'));
  await saveMadeUp(page, 'avery-quinlan', 'Avery Quinlan', 'Harbor Light Labs');
  await saveMadeUp(page, 'jordan-reyes', 'Jordan Reyes', 'Beacon Health');
  // Avery: met two days ago (a thank-you owed: the badge shows 1), a draft, and she referred Jordan.
  await moveThrough(page, 'avery-quinlan', ['requested', 'accepted', 'met'], new Date(Date.now() - 2 * 86_400_000));
  await message(page, 'saveDraft', { slug: 'avery-quinlan', channel: 'email', subject: 'Thanks', body: 'Thank you, Avery' });
  await message(page, 'updateContact', { slug: 'jordan-reyes', referredBy: 'avery-quinlan' });
});
afterAll(async () => extension?.close());

describe('the e-mail address and meeting place', () => {
  it('refuses an address that is not one with a plain sentence, then saves both', async () => {
    await openContact('jordan-reyes', 'Jordan Reyes');
    await page.getByLabel('E-mail address').fill('jordan at beacon');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: '“jordan at beacon” is not an e-mail address. Write it like name@example.com, or leave it empty.' })
      .waitFor();
    expect(await page.getByLabel('E-mail address').getAttribute('aria-invalid')).toBe('true');
    expect((await readContact(page, 'jordan-reyes')).email).toBe('');

    await page.getByLabel('E-mail address').fill('jordan@beacon.example');
    await page.getByRole('textbox', { name: /^Meeting place/ }).fill('Video call: https://meet.example/jr');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await announced('E-mail and meeting place saved.');
    expect(await readContact(page, 'jordan-reyes')).toMatchObject({
      email: 'jordan@beacon.example',
      meetingPlace: 'Video call: https://meet.example/jr',
    });
    await page.reload();
    expect(await page.getByLabel('E-mail address').inputValue()).toBe('jordan@beacon.example');
  });
});

describe('archiving a contact', () => {
  it('takes them out of the list, Today and the badge, and Restore brings them and their reminder back', async () => {
    await expect.poll(() => badgeText(extension)).toBe('1');
    expect(await inToday('avery-quinlan')).toBe(1);
    await openContact('avery-quinlan', 'Avery Quinlan');
    await page.getByRole('button', { name: 'Archive Avery Quinlan' }).click();
    await announced('Avery Quinlan is archived: out of your contacts list, Today and the badge.');
    await page.getByTestId('archived').waitFor();
    // Focus stays on the one button, now Restore.
    expect(await focusedText()).toBe('Restore Avery Quinlan');
    await expect.poll(() => badgeText(extension)).toBe('');
    expect((await readContact(page, 'avery-quinlan')).followUpAt).toBeNull();
    expect(await inToday('avery-quinlan')).toBe(0);

    expect(await listed('avery-quinlan')).toBe(0);
    await page.getByTestId('list-summary').filter({ hasText: '1 contact. 1 archived, not shown.' }).waitFor();
    await page.getByRole('checkbox', { name: 'Show archived' }).check();
    await page.locator('[data-slug="avery-quinlan"]').filter({ hasText: 'Archived · Met' }).waitFor();

    await openContact('avery-quinlan', 'Avery Quinlan');
    await page.getByRole('button', { name: 'Restore Avery Quinlan' }).click();
    await announced('Avery Quinlan is restored');
    await expect.poll(() => badgeText(extension)).toBe('1');
    expect((await readContact(page, 'avery-quinlan')).followUpAt).toEqual(expect.any(String));
    expect(await inToday('avery-quinlan')).toBe(1);
    expect(await listed('avery-quinlan')).toBe(1);
  });
});

describe('deleting a contact', () => {
  it('asks, naming them and what goes with them; Undo puts every row back as it was', async () => {
    await openContact('avery-quinlan', 'Avery Quinlan');
    const before = await confabSnapshot(extension, page);
    await page.getByRole('button', { name: 'Delete Avery Quinlan…' }).click();
    const question = page.getByRole('group', { name: /^Delete Avery Quinlan/ });
    expect(await question.locator('p').textContent()).toBe(
      'Delete Avery Quinlan and their 1 conversation, 4 timeline events and 1 draft? You can undo it right after.',
    );
    expect(await focusedText()).toBe('Keep it');
    await page.getByRole('button', { name: 'Yes, delete' }).click();

    await page.getByRole('heading', { level: 1, name: 'Deleted Avery Quinlan' }).waitFor();
    await expect.poll(focusedText).toBe('Deleted Avery Quinlan');
    await announced('Deleted Avery Quinlan and their 1 conversation, 4 timeline events and 1 draft.');
    await expect.poll(() => badgeText(extension)).toBe('');
    expect(await readContact(page, 'jordan-reyes')).toMatchObject({ referredBy: null });

    await page.getByRole('button', { name: 'Undo the deletion of Avery Quinlan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avery Quinlan' }).waitFor();
    await announced('Avery Quinlan is back, with everything that was deleted.');
    await expect.poll(() => badgeText(extension)).toBe('1');
    // The same rows and values (the order of a row's fields may differ once parsed again).
    expect(JSON.parse(await confabSnapshot(extension, page))).toEqual(JSON.parse(before));

    // Deleted for good this time: the list no longer shows them.
    await page.getByRole('button', { name: 'Delete Avery Quinlan…' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deleted Avery Quinlan' }).waitFor();
    expect(await listed('avery-quinlan')).toBe(0);
    expect(await listed('jordan-reyes')).toBe(1);
  });
});

describe('merging two records of one person', () => {
  it('picks the other record, keeps the chosen profile, moves everything over and deletes the other', async () => {
    await saveMadeUp(page, 'sam-ito', 'Sam Ito', 'Contoso');
    await saveMadeUp(page, 'sam-ito-2', 'Sam Ito', 'Contoso Ltd');
    await message(page, 'updateContact', { slug: 'sam-ito', tags: ['mentor'], notes: 'Met at the library' });
    await message(page, 'updateContact', { slug: 'sam-ito-2', tags: ['alumni'], email: 'sam@contoso.example' });
    await message(page, 'saveDraft', { slug: 'sam-ito', channel: 'message', subject: '', body: 'Hi Sam' });

    await openContact('sam-ito', 'Sam Ito');
    await page.getByRole('button', { name: 'Merge with another contact…' }).click();
    await page.getByLabel('The other contact (the same person saved again)').fill('sam');
    await page.getByRole('button', { name: /^Sam Ito.*linkedin\.com\/in\/sam-ito-2$/ }).click();
    await page.getByRole('radio', { name: 'Sam Ito (linkedin.com/in/sam-ito-2)' }).check();
    expect(await page.getByTestId('merge-outcome').textContent()).toContain('Sam Ito (linkedin.com/in/sam-ito) is then deleted.');
    await page.getByRole('button', { name: 'Merge into linkedin.com/in/sam-ito-2' }).click();

    await page.waitForURL(/slug=sam-ito-2/);
    await page.getByRole('heading', { level: 1, name: 'Sam Ito' }).waitFor();
    await page.getByTestId('timeline').locator('li').filter({ hasText: 'Merged with Sam Ito (linkedin.com/in/sam-ito)' }).waitFor();
    expect(await readContact(page, 'sam-ito-2')).toMatchObject({
      tags: ['alumni', 'mentor'],
      notes: 'Met at the library',
      email: 'sam@contoso.example',
      currentCompany: 'Contoso Ltd',
    });
    expect(await listed('sam-ito')).toBe(0);
  });
});
