import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension, extensionPage } from './launch.ts';

let extension: Extension;
let page: Page;

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.goto(extensionPage(extension, 'options'));
  await page.getByLabel('Premium account').waitFor();
});
afterAll(async () => extension?.close());

/**
 * Reloads from inside the page, answering the browser's "Leave site?" question with `leave`, and
 * returns the questions asked. Staying is seen at once; leaving waits for the page to be drawn again.
 */
async function reloadAnswering(leave: boolean): Promise<string[]> {
  const asked: string[] = [];
  const answer = (dialog: Dialog) => {
    asked.push(dialog.type());
    void (leave ? dialog.accept() : dialog.dismiss());
  };
  page.on('dialog', answer);
  // A mark on this document: gone once the page has really been loaded again.
  await page.evaluate(() => document.documentElement.setAttribute('data-before-reload', ''));
  await page.evaluate(() => location.reload()).catch(() => undefined);
  if (leave)
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-before-reload') && document.readyState === 'complete');
  page.off('dialog', answer);
  await page.getByLabel('Premium account').waitFor();
  return asked;
}

const timing = () => page.locator('#timing');

describe('leaving the options page', () => {
  it('leaves without a question when everything is saved', async () => {
    await page.getByRole('textbox', { name: 'Your name' }).pressSequentially('Sam');
    await page.locator('#about-you').getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await reloadAnswering(true)).toEqual([]);
    expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Sam');
  });

  it('asks before leaving a template edited but not saved; staying keeps the text', async () => {
    await page.getByRole('button', { name: 'Edit InMail' }).click();
    const message = page.getByRole('form', { name: 'Edit “InMail”' }).getByRole('textbox', { name: 'Message' });
    await message.pressSequentially(' Half a thought');
    expect(await reloadAnswering(false)).toEqual(['beforeunload']);
    expect(await message.inputValue()).toContain('Half a thought');
    expect(await reloadAnswering(true)).toEqual(['beforeunload']);
    expect(await page.getByText('Built-in, edited').count()).toBe(0);
  });

  it('says when a thank-you is due and when it is late in one place, and keeps neither while late comes before due', async () => {
    expect(await page.locator('#account').textContent()).not.toMatch(/thank-you/i);
    const due = page.getByLabel('A thank-you is due this many hours after the conversation');
    const late = page.getByLabel('A thank-you is late this many hours after the conversation');
    expect([await due.inputValue(), await late.inputValue()]).toEqual(['24', '48']);
    await due.fill('72');
    const problem = timing()
      .getByRole('alert')
      .filter({ hasText: 'A thank-you cannot be late before it is due: make this 72 hours or more.' });
    await problem.waitFor();
    expect(await late.getAttribute('aria-invalid')).toBe('true');
    expect(await late.getAttribute('aria-describedby')).toContain(await problem.getAttribute('id'));
    // Not saved, so leaving asks first; staying keeps what was typed.
    expect(await reloadAnswering(false)).toEqual(['beforeunload']);
    expect(await due.inputValue()).toBe('72');

    await late.fill('96');
    await timing().getByRole('status').filter({ hasText: 'Saved. Reminders follow the new timing.' }).waitFor();
    expect(await problem.count()).toBe(0);
    expect(await reloadAnswering(true)).toEqual([]);
    expect([await due.inputValue(), await late.inputValue()]).toEqual(['72', '96']);

    await page.getByRole('button', { name: 'Use the method’s defaults' }).click();
    await timing().getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await reloadAnswering(true)).toEqual([]);
    expect([await due.inputValue(), await late.inputValue()]).toEqual(['24', '48']);
  });
});
