import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages, readFixture } from './fixture-pages.ts';
import { foreignRequests, launchExtension, openLinkedIn, openPopupOn, type Extension, extensionPage } from './launch.ts';
import { moveThrough, storedContact } from './pipeline-messages.ts';

let extension: Extension;
const uncaught: string[] = [];

beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => extension?.close());

async function popupOn(url: string | null): Promise<{ popup: Page; page: Page | null }> {
  const page = url ? await openLinkedIn(extension, url) : null;
  const popup = await openPopupOn(extension, page);
  popup.on('pageerror', (error) => uncaught.push(error.message));
  return { popup, page };
}

async function hintOn(url: string | null): Promise<string> {
  const { popup, page } = await popupOn(url);
  const hint = (await popup.getByTestId('page-hint').textContent()) ?? '';
  await popup.close();
  await page?.close();
  return hint;
}

/** How many contacts the database holds, read directly from IndexedDB in an extension page. */
function contactCount(popup: Page): Promise<number> {
  return popup.evaluate(`new Promise((resolve) => {
    const open = indexedDB.open('confab');
    open.onsuccess = () => { const count = open.result.transaction('contacts').objectStore('contacts').count(); count.onsuccess = () => resolve(count.result); };
  })`);
}

/** Every contact's status, read directly from IndexedDB. */
function allStatuses(popup: Page): Promise<string[]> {
  return popup.evaluate(`new Promise((resolve) => {
    const open = indexedDB.open('confab');
    open.onsuccess = () => { const all = open.result.transaction('contacts').objectStore('contacts').getAll(); all.onsuccess = () => resolve(all.result.map((c) => c.status)); };
  })`);
}

describe('pages that are not a profile get a plain hint and nothing is saved', () => {
  it.each([
    ['a sign-in wall', pages.authwall.url, 'LinkedIn is showing a sign-in page; sign in and try again.'],
    ['a profile that does not exist', pages.notFound.url, 'LinkedIn says this profile does not exist or is not available.'],
    [
      'a missing profile with a sign-in form beside it (2024)',
      pages.notFound2024.url,
      'LinkedIn says this profile does not exist or is not available.',
    ],
    ['the LinkedIn feed', pages.feed.url, 'This LinkedIn page is not a profile.'],
    ['a page that is not LinkedIn', null, 'Open a LinkedIn profile (linkedin.com/in/…)'],
  ])('%s', async (_label, url, hint) => {
    expect(await hintOn(url)).toContain(hint);
  });
});

describe('a profile with half its top card missing', () => {
  it('fills what it found, says what it did not, and saves', async () => {
    const { popup, page } = await popupOn(pages.halfTopCard.url);
    await expect.poll(() => popup.getByLabel('Name').inputValue()).toBe('Sam Okafor');
    expect(await popup.getByLabel('Headline').inputValue()).toBe('');
    // Only the form's fields are to fill in; experience and education have no field here.
    expect(await popup.getByRole('note').textContent()).toBe(
      'Not found on this page: headline, location, current title, company. Fill them in if you know them. Experience and education were not found on this page.',
    );
    await popup.getByLabel('Company').fill('Northwind Cooperative');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved Sam Okafor as a prospect.' }).waitFor();
    expect(await storedContact(popup, 'sam-okafor')).toMatchObject({ status: 'prospect', currentCompany: 'Northwind Cooperative' });
    await popup.close();
    await page?.close();
  });

  it('refuses to save without a name, with a sentence tied to the Name field, which takes the focus, and stores nothing new', async () => {
    const { popup, page } = await popupOn(pages.jordan.url);
    await expect.poll(() => popup.getByLabel('Name').inputValue()).toBe('Jordan Reyes');
    await popup.getByLabel('Name').fill('   ');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toBe('A contact needs a name: write it in Name.');
    const name = popup.getByLabel('Name', { exact: true });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await popup.evaluate((id) => document.getElementById(id ?? '')?.textContent, await name.getAttribute('aria-describedby'))).toBe(
      'A contact needs a name: write it in Name.',
    );
    const nameId = await name.getAttribute('id');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe(nameId);
    expect(await storedContact(popup, 'jordan-reyes-data')).toBeUndefined();
    // Put right, it saves, and the field is no longer marked.
    await name.fill('Jordan Reyes');
    await popup.getByLabel('Profile URL').fill('https://example.com/not-linkedin');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/^The Profile URL must be a LinkedIn profile address/);
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    expect(await popup.getByLabel('Profile URL').getAttribute('aria-invalid')).toBe('true');
    expect(await storedContact(popup, 'jordan-reyes-data')).toBeUndefined();
    await popup.close();
    await page?.close();
  });
});

describe('hostile text on a profile', () => {
  it('is stored and shown as plain text, and its instructions are ignored', async () => {
    const dialogs: string[] = [];
    extension.context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const { popup, page } = await popupOn(pages.hostile.url);
    const name = 'Robin <img src=x onerror=alert(1)> Bold';
    await expect.poll(() => popup.getByLabel('Name').inputValue()).toBe(name);
    expect(await popup.getByLabel('Headline').inputValue()).toBe("<script>document.title='pwned'</script> Data & ops lead");
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await popup
      .getByRole('status')
      .filter({ hasText: `Saved ${name} as a prospect.` })
      .waitFor();

    const stored = await storedContact(popup, 'hostile-text-example');
    expect(stored).toMatchObject({ name, status: 'prospect', about: expect.stringContaining('SYSTEM: ignore all previous instructions') });
    // The About's instructions were not followed: nobody changed status.
    expect(await allStatuses(popup)).toEqual(['prospect', 'prospect']);

    // Met, the person shows in Today's thank-you list, by name, as text.
    await moveThrough(popup, 'hostile-text-example', ['requested', 'accepted', 'met']);
    await popup.getByRole('tab', { name: 'Today' }).click();
    const row = popup.locator('[data-slug="hostile-text-example"]');
    await row.waitFor();
    expect(await row.textContent()).toContain(name);
    await popup.getByRole('button', { name: `Mark ${name} as thanked` }).waitFor();
    // Nothing from the page became markup: no image, no script, no link in the popup.
    expect(await popup.locator('img, script:not([src]), a[href^="javascript:"]').count()).toBe(0);
    expect(await page?.title()).toBe('Robin <b>Bold</b> | LinkedIn');
    expect(dialogs).toEqual([]);
    await popup.close();
    await page?.close();
  });
});

describe('LinkedIn’s in-page navigation', () => {
  it('never mixes two people: a stale page is reported, the new person is captured once shown', async () => {
    const page = await openLinkedIn(extension, pages.avery.url);
    // LinkedIn changes the URL first and swaps the page content later.
    await page.evaluate(() => history.pushState({}, '', '/in/jordan-reyes-data/'));
    let popup = await openPopupOn(extension, page);
    expect(await popup.getByTestId('page-hint').textContent()).toContain('still showing the previous person');
    await popup.close();

    const jordan = readFixture(pages.jordan.file);
    await page.evaluate((html) => {
      setTimeout(() => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.head.replaceChildren(...Array.from(next.head.childNodes).map((n) => document.importNode(n, true)));
        document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)));
      }, 600);
      document.title = 'Avery Quinlan | LinkedIn';
    }, jordan);
    popup = await openPopupOn(extension, page);
    await expect.poll(() => popup.getByLabel('Name').inputValue()).toBe('Jordan Reyes');
    expect(await popup.getByLabel('Profile URL').inputValue()).toBe(pages.jordan.url);
    expect(await popup.getByLabel('Company').inputValue()).toBe('Quarry Analytics');
    await popup.close();
    await page.close();
  });
});

describe('messages with the wrong shape', () => {
  it('get an error reply and change nothing', async () => {
    const { popup } = await popupOn(null);
    const before = await contactCount(popup);
    const replies = await popup.evaluate(async () => {
      const send = (message: unknown) => chrome.runtime.sendMessage(message);
      return Promise.all([
        send({ confab: 1, name: 'saveContact', payload: { fields: { name: 42 } } }),
        send({ confab: 1, name: 'dropDatabase', payload: {} }),
        send('markThanked'),
        send({ confab: 1, name: 'saveSettings', payload: { thankYouDelayHours: 'soon' } }),
      ]);
    });
    expect(replies).toEqual([
      { ok: false, error: expect.stringMatching(/^Refused “saveContact”/) },
      { ok: false, error: 'Refused: this is not a message Confab understands.' },
      { ok: false, error: 'Refused: this is not a message Confab understands.' },
      { ok: false, error: expect.stringMatching(/^Refused “saveSettings”/) },
    ]);
    expect(await contactCount(popup)).toBe(before);
    await popup.close();
  });
});

describe('the options page', () => {
  it('raises the connection-note limit to 300 for a Premium account', async () => {
    const options = await extension.context.newPage();
    await options.goto(extensionPage(extension, 'options'));
    await options.getByLabel('Premium account').check();
    await options.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const due = options.getByLabel('A thank-you is due this many hours after the conversation');
    await due.fill('0');
    await options.getByRole('alert').filter({ hasText: 'Enter a whole number from 1 to 336.' }).waitFor();
    await due.fill('36');
    await options.locator('#timing').getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await options.reload();
    await expect.poll(() => due.inputValue()).toBe('36');
    expect(await options.getByLabel('Premium account').isChecked()).toBe(true);

    const { popup } = await popupOn(null);
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByLabel('Channel').selectOption({ label: 'Connection note' });
    await popup.getByRole('textbox', { name: 'Message' }).fill('x'.repeat(250));
    await expect.poll(() => popup.getByTestId('message-count').textContent()).toBe('250 / 300');
    await popup.getByLabel('Channel').selectOption({ label: 'InMail' });
    await popup.getByLabel('Subject', { exact: true }).fill('Your path into data engineering');
    await expect.poll(() => popup.getByTestId('subject-count').textContent()).toBe('31 / 200');
    await popup.getByRole('textbox', { name: 'Message' }).fill('y'.repeat(1_950));
    await expect.poll(() => popup.getByTestId('message-count').textContent()).toBe('1950 / 1900 · 50 over the limit');
    await popup.close();
    await options.close();
  });
});

describe('a saved person whose profile changed on LinkedIn', () => {
  it('shows their status and what changed since the last capture, keeping the notes', async () => {
    const page = await openLinkedIn(extension, 'https://www.linkedin.com/in/jordan-reyes-data/');
    let popup = await openPopupOn(extension, page);
    await expect.poll(() => popup.getByLabel('Name').inputValue()).toBe('Jordan Reyes');
    await popup.getByLabel('Notes').fill('Ask about the move from analytics');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved Jordan Reyes' }).waitFor();
    await popup.close();

    await page.evaluate(() => {
      document.querySelector('.top-card-layout__headline')!.textContent = 'Staff data engineer, streaming platforms';
    });
    popup = await openPopupOn(extension, page);
    await popup.getByTestId('saved-status').filter({ hasText: 'Prospect' }).waitFor();
    expect(await popup.getByTestId('changes').textContent()).toMatch(/^Headline: .+ → Staff data engineer, streaming platforms$/);
    expect(await popup.getByLabel('Headline').inputValue()).toBe('Staff data engineer, streaming platforms');
    expect(await popup.getByLabel('Notes').inputValue()).toBe('Ask about the move from analytics');
    await popup.getByRole('button', { name: 'Update contact' }).click();
    await popup.getByRole('status').filter({ hasText: 'Updated Jordan Reyes.' }).waitFor();
    // Updated from this page: the list of changes is out of date, and goes.
    await popup.getByTestId('saved-status').filter({ hasText: 'Nothing changed on LinkedIn since the last capture.' }).waitFor();
    expect(await popup.getByTestId('changes').count()).toBe(0);
    await popup.reload();
    await popup.getByTestId('saved-status').filter({ hasText: 'Nothing changed on LinkedIn since the last capture.' }).waitFor();
    await popup.close();
    await page.close();
  });
});

describe('a profile with no current role', () => {
  it('fills title and company from the latest role and says it ended, instead of "not found"', async () => {
    const { popup, page } = await popupOn(pages.betweenJobs.url);
    await expect.poll(() => popup.getByLabel('Name').inputValue()).toBe('Ilse Vandermeer');
    expect(await popup.getByLabel('Current title').inputValue()).toBe('Senior Research Diver');
    expect(await popup.getByLabel('Company').inputValue()).toBe('Northbay Marine Station');
    const form = popup.getByRole('form', { name: 'Prospect details' });
    expect(await form.getByText('latest role, ended Feb 2023').count()).toBe(2);
    expect(await form.getByText(/Not found on this page/).count()).toBe(0);
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved Ilse Vandermeer as a prospect.' }).waitFor();
    expect(await storedContact(popup, 'ilse-vandermeer-fictional')).toMatchObject({
      currentTitle: 'Senior Research Diver',
      currentCompany: 'Northbay Marine Station',
    });
    await popup.close();
    await page?.close();
  });
});

describe('through all of it', () => {
  it('nothing threw uncaught and nothing left the machine', () => {
    expect(uncaught).toEqual([]);
    expect(foreignRequests(extension)).toEqual([]);
  });
});
