/**
 * The contacts list, a contact's page and the employers (LAMP) list in real Chromium, over some
 * three thousand contacts written straight into IndexedDB: only a window of rows is rendered, the
 * filters find the right people, and every change goes through the background and shows up again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchExtension, type Extension, extensionPage } from './launch.ts';
import { manyContacts, putContacts, seedStatuses, storedContact } from './seed-contacts.ts';

let extension: Extension;
let page: Page;
const seeds = [
  ...manyContacts(3000),
  storedContact('zoe-marlow', 'Zoë Marlow', {
    currentCompany: 'Lumen Analytics Ltd',
    currentTitle: 'Staff Data Scientist',
    location: 'Leeds, England',
  }),
  storedContact('jordan-reyes', 'Jordan Reyes', { currentCompany: 'Beacon Health', currentTitle: 'Director of Nursing' }),
  storedContact('pat-okafor', 'Pat Okafor', { currentCompany: 'Tidewater Books', currentTitle: 'Buyer' }),
];
const total = (3003).toLocaleString('en-US');
const matching = (n: number) => `${n.toLocaleString('en-US')} of ${total} contacts match.`;
const summary = (text: string) => page.getByTestId('list-summary').filter({ hasText: text }).waitFor();
const rowsInDom = () => page.locator('[data-slug]').count();
const focusedRow = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-slug]')?.dataset.slug);

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  // The page opens the database with its schema first; then the contacts go in, in one transaction.
  await page.goto(extensionPage(extension, 'contacts'));
  await summary('0 contacts.');
  await putContacts(page, seeds);
});
afterAll(async () => extension?.close());

describe('the contacts list', () => {
  it('renders only a window of rows of 3,003 contacts, with each status counted on top', async () => {
    await page.reload();
    await summary(`${total} contacts.`);
    expect(await rowsInDom()).toBeGreaterThan(5);
    expect(await rowsInDom()).toBeLessThan(60);
    for (const status of seedStatuses) {
      const expected = seeds.filter((contact) => contact.status === status).length;
      expect(await page.locator(`[data-count="${status}"] .count-number`).textContent()).toBe(expected.toLocaleString('en-US'));
    }
    // Scrolled to the end, the last row (by name) is there and the window is still small.
    await page.locator('.windowed').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await page.locator('[data-slug="zoe-marlow"]').waitFor();
    expect(await rowsInDom()).toBeLessThan(60);
  });

  it('moves between rows with the keyboard and keeps one Tab stop', async () => {
    await page.locator('.windowed').evaluate((list) => list.scrollTo(0, 0));
    expect(await page.locator('.windowed a[tabindex="0"]').count()).toBe(1);
    // The last control before the list that takes focus (Clear filters is disabled while nothing is filtered).
    await page.getByRole('checkbox', { name: 'Show archived' }).focus();
    await page.keyboard.press('Tab');
    const first = await focusedRow();
    expect(first).toMatch(/^seed-/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).not.toBe(first);
    await page.keyboard.press('End');
    await expect.poll(focusedRow).toBe('zoe-marlow');
    await page.keyboard.press('Home');
    await expect.poll(focusedRow).toBe(first);
    expect(await rowsInDom()).toBeLessThan(60);
  });

  it('searches and filters by status and tag, on the indexes, and keeps the filters in the address', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('zoe');
    await summary(matching(1));
    expect(await page.locator('[data-slug]').getAttribute('data-slug')).toBe('zoe-marlow');
    // The location is searched too: only Zoë lives in Leeds.
    await page.getByRole('searchbox', { name: 'Search' }).fill('leeds');
    await summary(matching(1));
    expect(await page.locator('[data-slug]').getAttribute('data-slug')).toBe('zoe-marlow');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Met' });
    const met = seeds.filter((c) => c.status === 'met');
    await summary(matching(met.length));
    await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('mentor');
    const metMentors = met.filter((c) => c.tags.includes('mentor'));
    await summary(matching(metMentors.length));
    await page.getByRole('searchbox', { name: 'Search' }).fill('fabrikam nurse');
    const found = metMentors.filter((c) => c.currentCompany === 'Fabrikam' && c.currentTitle === 'Nurse Practitioner');
    expect(found.length).toBeGreaterThan(0);
    await summary(matching(found.length));
    expect(new URL(page.url()).search).toBe('?q=fabrikam+nurse&status=met&tag=mentor');
    await page.reload();
    await summary(matching(found.length));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await summary(`${total} contacts.`);
    // The count on top is also the status filter.
    await page.locator('[data-count="declined"]').click();
    await summary(matching(seeds.filter((c) => c.status === 'declined').length));
    await page.locator('[data-count="declined"]').click();
    await summary(`${total} contacts.`);
  });

  it('opens a contact from its row', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('marlow');
    await page.getByRole('link', { name: 'Zoë Marlow' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoë Marlow' }).waitFor();
    expect(page.url()).toBe(extensionPage(extension, 'contact', { slug: 'zoe-marlow' }));
    await page.getByText('Staff Data Scientist at Lumen Analytics Ltd').waitFor();
  });
});

describe('after the list', () => {
  it('says so when the contact asked for does not exist', async () => {
    await page.goto(extensionPage(extension, 'contact', { slug: 'nobody-here' }));
    await page.getByRole('alert').filter({ hasText: 'Confab has no contact with the profile “nobody-here”' }).waitFor();
    await page.getByRole('link', { name: 'Back to all contacts' }).click();
    await summary(`${total} contacts.`);
  });

  it('made no request but to the extension itself', () => {
    expect(foreignRequests(extension)).toEqual([]);
  });
});
