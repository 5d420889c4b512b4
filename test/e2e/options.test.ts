import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterCount } from '../../src/core/drafting/channels.ts';
import { fillTemplate, segmentsToText } from '../../src/core/drafting/template-fill.ts';
import { builtInTemplate } from '../../src/core/drafting/templates.ts';
import { exampleValues } from '../../src/pages/options/example-contact.ts';
import { launchExtension, type Extension, extensionPage } from './launch.ts';

let extension: Extension;
let page: Page;
const me = { myName: 'Jordan Lee', field: 'product design', myRole: '', minutes: 30 };
const originalNote = builtInTemplate('builtin-connection-note')!.body;

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(extensionPage(extension, 'options'));
});
afterAll(async () => extension?.close());

/** The preview's text as the page fills it for the example contact with the user's details. */
const previewOf = (body: string) => segmentsToText(fillTemplate({ subject: '', body }, exampleValues(me)).body);

const reload = async () => {
  await page.reload();
  await page.getByLabel('Premium account').waitFor();
};

const saved = (message: string) => page.getByRole('status').filter({ hasText: message }).waitFor();

async function openTemplate(name: string): Promise<Locator> {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  return page.getByRole('form', { name: `Edit “${name}”` });
}

const questionTexts = () => page.getByRole('list', { name: 'Your saved questions' }).locator('.question-text').allTextContents();

describe('the options page', () => {
  it('opens at the field a link names, focused', async () => {
    for (const id of ['about-you-field', 'about-you-name', 'about-you-minutes']) {
      await page.goto(extensionPage(extension, 'options', {}, id));
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
    }
    await page.goto(extensionPage(extension, 'options', {}, 'about-you-field'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('about-you-field');
    await page.keyboard.type('product');
    expect(await page.getByRole('textbox', { name: /field you/ }).inputValue()).toBe('product');
    await page.locator('#about-you').getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // A template's preview with your name missing links to the very field.
    const editor = await openTemplate('InMail');
    await editor.getByRole('link', { name: 'About you' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('about-you-name');
    expect(new URL(page.url()).hash).toBe('#about-you-name');
    await editor.getByRole('button', { name: 'Close' }).click();
  });

  it('keeps your name, field and conversation length as you type, with no button to press', async () => {
    await reload();
    const section = page.locator('#about-you');
    expect(await section.getByRole('button').count()).toBe(0);
    await page.getByRole('textbox', { name: 'Your name' }).fill(me.myName);
    await page.getByRole('textbox', { name: /field you/ }).fill(me.field);
    await page.getByRole('radio', { name: '30 minutes' }).check();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await reload();
    expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe(me.myName);
    expect(await page.getByRole('textbox', { name: /field you/ }).inputValue()).toBe(me.field);
    expect(await page.getByRole('radio', { name: '30 minutes' }).isChecked()).toBe(true);
  });

  it('edits the connection-note template with a live preview, counter and hints, and restores it', async () => {
    let editor = await openTemplate('Connection note');
    const preview = editor.getByTestId('preview-body');
    expect(await preview.textContent()).toBe(previewOf(originalNote));
    expect(await editor.getByTestId('preview-count').textContent()).toBe(`${characterCount(previewOf(originalNote))} / 200`);
    expect(await editor.getByTestId('preview-hints').locator('[data-hint]').count()).toBe(0);

    const edited = 'Hi {firstName}, {connection}. Are there open jobs at {company}? {fooBar}';
    await editor.getByRole('textbox', { name: 'Message' }).fill(edited);
    await expect.poll(() => preview.textContent()).toBe(previewOf(edited));
    expect(await editor.getByTestId('preview-count').textContent()).toBe(`${characterCount(previewOf(edited))} / 200`);
    const hints = editor.getByTestId('preview-hints').locator('[data-hint]');
    expect(await hints.evaluateAll((items) => items.map((item) => item.getAttribute('data-hint')))).toEqual([
      'placeholder',
      'mentions-job',
      'no-time-asked',
      'no-closing-question',
    ]);
    expect(await editor.getByTestId('unknown-variables').textContent()).toContain('{fooBar}');

    await editor.getByRole('button', { name: 'Save template' }).click();
    await saved('Saved “Connection note”');
    await reload();
    await page.getByText('Built-in, edited').waitFor();
    editor = await openTemplate('Connection note');
    expect(await editor.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(edited);

    await editor.getByRole('button', { name: 'Restore the original' }).click();
    await saved('Restored the original “Connection note”');
    await expect.poll(() => editor.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(originalNote);
    await reload();
    expect(await page.getByText('Built-in, edited').count()).toBe(0);
    editor = await openTemplate('Connection note');
    expect(await editor.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(originalNote);
    await editor.getByRole('button', { name: 'Close' }).click();
  });

  it('offers the built-in 3B7 follow-up for a LinkedIn message and an email, with no hints once filled', async () => {
    for (const name of ['LinkedIn message follow-up', 'Email follow-up']) {
      const editor = await openTemplate(name);
      expect(await editor.getByTestId('preview-body').textContent()).toContain('only follow-up');
      expect(await editor.getByTestId('preview-hints').locator('[data-hint]').count()).toBe(0);
      await editor.getByRole('button', { name: 'Close' }).click();
    }
  });

  it('adds an InMail template of your own with a subject, and deletes it after asking', async () => {
    await page.getByRole('button', { name: 'Add your own template' }).click();
    let editor = page.getByRole('form', { name: 'Your new template' });
    await editor.getByRole('button', { name: 'Save template' }).click();
    await editor.getByRole('alert').filter({ hasText: 'A template needs a name.' }).waitFor();

    await editor.getByRole('textbox', { name: 'Name' }).fill('Alumni InMail');
    await editor.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'InMail' });
    await editor.getByRole('textbox', { name: 'Subject' }).fill('A fellow alum, {firstName}?');
    await editor
      .getByRole('textbox', { name: 'Message' })
      .fill('Hi {firstName}, {connection}. Would you have {minutes} minutes for a call about {field}?');
    expect(await editor.getByTestId('preview-subject').textContent()).toContain('A fellow alum, Avery?');
    expect(await editor.getByTestId('preview-subject-count').textContent()).toBe('21 / 200');
    await editor.getByRole('button', { name: 'Save template' }).click();
    await saved('Added “Alumni InMail” to InMail');
    await reload();
    editor = await openTemplate('Alumni InMail');
    expect(await editor.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe('A fellow alum, {firstName}?');
    expect(await editor.getByRole('textbox', { name: 'Message' }).inputValue()).toContain('{minutes} minutes');
    await editor.getByRole('button', { name: 'Delete template' }).click();
    await editor.getByRole('button', { name: 'Keep it' }).click();
    await editor.getByRole('button', { name: 'Delete template' }).click();
    await editor.getByRole('button', { name: 'Yes, delete' }).click();
    await saved('Deleted “Alumni InMail”');
    await reload();
    expect(await page.getByRole('button', { name: 'Edit Alumni InMail' }).count()).toBe(0);
  });

  it('adds, edits, reorders by keyboard and deletes your own questions', async () => {
    const form = page.getByRole('form', { name: 'Add a question' });
    for (const text of ['What would you do differently?', 'How do you pick projects?', 'Who shaped your career?']) {
      await form.getByRole('textbox', { name: 'Question' }).fill(text);
      await form.getByRole('button', { name: 'Add question' }).click();
      await saved(`Added “${text}”`);
    }
    await page.getByRole('button', { name: 'Edit: How do you pick projects?' }).click();
    await page.getByRole('textbox', { name: 'Question' }).first().fill('How do you choose projects?');
    await page.getByRole('button', { name: 'Save question' }).click();
    await saved('Saved “How do you choose projects?”');

    // Keyboard only: Enter on Move up twice; focus stays on the moved question's buttons.
    await page.getByRole('button', { name: 'Move up: Who shaped your career?' }).focus();
    await page.keyboard.press('Enter');
    await saved('to number 2 of 3');
    await page.keyboard.press('Enter');
    await saved('to number 1 of 3');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down: Who shaped your career?');
    expect(await questionTexts()).toEqual(['Who shaped your career?', 'What would you do differently?', 'How do you choose projects?']);

    await page.getByRole('button', { name: 'Delete: What would you do differently?' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await saved('Deleted “What would you do differently?”');
    await reload();
    expect(await questionTexts()).toEqual(['Who shaped your career?', 'How do you choose projects?']);
  });

  it('keeps the drafting hints as you change them: most words and the hints turned off', async () => {
    await page.getByRole('spinbutton', { name: 'Most words in a request' }).fill('5');
    const problem = page.locator('#hints').getByRole('alert').filter({ hasText: 'Enter a whole number of words from 10 to 1,000.' });
    await problem.waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Most words in a request' }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('spinbutton', { name: 'Most words in a request' }).fill('60');
    await page.getByRole('checkbox', { name: /It mentions a job/ }).uncheck();
    await saved('Saved. Drafts are judged by these hints.');
    expect(await problem.count()).toBe(0);
    await reload();
    expect(await page.getByRole('spinbutton', { name: 'Most words in a request' }).inputValue()).toBe('60');
    expect(await page.getByRole('checkbox', { name: /It mentions a job/ }).isChecked()).toBe(false);
    expect(await page.getByText('the hints flag more than 60 words').count()).toBe(2);
  });

  it('refuses the same question twice, whatever its case and spacing, and says so at the field', async () => {
    const form = page.getByRole('form', { name: 'Add a question' });
    const box = form.getByRole('textbox', { name: 'Question' });
    await box.fill('  who SHAPED your   career? ');
    await form.getByRole('button', { name: 'Add question' }).click();
    const problem = form.getByRole('alert').filter({ hasText: 'You already have this question (number 1)' });
    await problem.waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    expect(await questionTexts()).toEqual(['Who shaped your career?', 'How do you choose projects?']);
    await box.fill('');
    await reload();
    expect(await questionTexts()).toEqual(['Who shaped your career?', 'How do you choose projects?']);
  });
});
