/**
 * The conversation page in real Chromium: build an agenda (length, a TIARA question, reorder by
 * keyboard and by drag, the warnings), set the time, download the .ics and read it back with ical.js,
 * take notes, see the thank-you quote them, and find everything again after a reload.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import {
  badgeText,
  extensionPage,
  foreignRequests,
  launchExtension,
  openLinkedIn,
  openPopupOn,
  waitForCapturedName,
  type Extension,
} from './launch.ts';
import { message, moveThrough, storedContact } from './pipeline-messages.ts';

let extension: Extension;
let page: Page;
const pageUrl = (slug?: string) => extensionPage(extension, 'conversation', { slug: slug ?? '' });
const texts = () => page.locator('.agenda-item .item-text').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
const minutes = () =>
  page.locator('.agenda-item input[type=number]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).valueAsNumber));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const announced = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
const resources = 'Which resources, events or groups should I know?';
const own = 'What would you do differently?';

beforeAll(async () => {
  extension = await launchExtension();
  const profile = await openLinkedIn(extension, pages.avery.url);
  const popup = await openPopupOn(extension, profile);
  await waitForCapturedName(popup, 'Avery Quinlan');
  await popup.getByRole('button', { name: 'Save as prospect' }).click();
  await popup.getByRole('status').filter({ hasText: 'Saved Avery Quinlan' }).waitFor();
  await popup.close();
  page = await extension.context.newPage();
});
afterAll(async () => extension?.close());

describe('the conversation page', () => {
  it('says so when the contact is missing or unknown', async () => {
    await page.goto(pageUrl());
    await page.getByRole('alert').filter({ hasText: 'Open it from a saved contact in Confab’s popup' }).waitFor();
    await page.goto(pageUrl('no-such-person'));
    await page.getByRole('alert').filter({ hasText: 'Confab has no contact with the profile “no-such-person”' }).waitFor();
  });

  it('names the person, their role and status, and links to their profile in a new tab', async () => {
    await page.goto(pageUrl('avery-quinlan'));
    await page.getByRole('heading', { level: 1, name: 'Avery Quinlan' }).waitFor();
    await page.getByText('Senior Product Designer at Harbor Light Labs').waitFor();
    expect(await page.getByTestId('contact-status').textContent()).toBe('Prospect');
    const link = page.getByRole('link', { name: /LinkedIn profile/ });
    expect([await link.getAttribute('href'), await link.getAttribute('target')]).toEqual([pages.avery.url, '_blank']);
  });

  it('builds the agenda: length, introduction, a TIARA question, warnings, keyboard and drag reordering', async () => {
    await page.getByRole('radio', { name: '30 minutes' }).check();
    await expect.poll(async () => sum(await minutes())).toBe(30);
    await page.getByLabel('Your introduction').fill('I design public forms.');
    await page.getByText('there is room to say a little more').waitFor();
    await page.getByLabel('Your introduction').fill(
      Array.from({ length: 25 }, () => 'I design accessible public forms.')
        .join(' ')
        .slice(0, 640),
    );
    await page.getByText('right for a 30–60 second introduction').waitFor();

    await page.locator('summary', { hasText: 'TIARA' }).click();
    await page.getByRole('button', { name: `Add “${resources}”` }).click();
    await announced(`Added 'Which resources, events…' as item 6 of 8.`);
    await page.locator('[data-bank=tiara] li', { hasText: resources }).getByText('In the agenda').waitFor();
    await page.getByText('The items add up to 35 minutes, 5 minutes over the 30-minute conversation.').waitFor();

    // The user's saved questions (written here as the options page would) appear in their own bank.
    const saved = { id: 'q-1', text: 'Which teams work closest with design?', label: 'Teams', createdAt: new Date().toISOString() };
    await page.evaluate((q) => chrome.runtime.sendMessage({ confab: 1, name: 'saveSettings', payload: { questions: [q] } }), saved);
    await page.locator('summary', { hasText: 'Your questions' }).click();
    await page.getByRole('button', { name: `Add “${saved.text}”` }).click();
    await page.getByLabel('Or type your own question').fill(own);
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByText('Plan 3 to 6 questions: this agenda has 7. Keep the most important ones.').waitFor();
    // The same question again, in other case and spacing, is refused at the field and kept to change.
    const ownField = page.getByLabel('Or type your own question');
    await ownField.fill('  what would you   DO differently? ');
    await page.getByRole('button', { name: 'Add question' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'This question is already item' });
    await refused.waitFor();
    expect(await ownField.getAttribute('aria-invalid')).toBe('true');
    expect(await ownField.getAttribute('aria-describedby')).toBe(await refused.getAttribute('id'));
    expect((await texts()).filter((text) => text.toLowerCase().includes('differently'))).toEqual([own]);
    await ownField.fill('');
    expect(await refused.count()).toBe(0);
    await page.locator('[data-bank=mine] li', { hasText: saved.text }).getByText('In the agenda').waitFor();
    await page.getByRole('button', { name: /^Remove 'Which teams work/ }).click();
    await page.getByRole('button', { name: 'Spread the minutes' }).click();
    await page.getByText('6 questions; the items add up to the 30 minutes.').waitFor();
    expect(sum(await minutes())).toBe(30);

    // Keyboard: focus stays on the moved item's button, and the move is announced.
    const up = page.getByRole('button', { name: `Move 'Which resources, events…' up` });
    await up.focus();
    await page.keyboard.press('Enter');
    await announced(`Moved 'Which resources, events…' to position 5 of 9.`);
    await page.keyboard.press('Enter');
    await announced(`Moved 'Which resources, events…' to position 4 of 9.`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move 'Which resources, events…' up`);
    expect((await texts())[3]).toBe(resources);

    // Drag: the own question's handle onto the second row puts it second.
    const from = (await texts()).indexOf(own);
    await page.locator('.agenda-item').nth(from).locator('.drag-handle').dragTo(page.locator('.agenda-item').nth(1));
    await announced(`Moved 'What would you do…' to position 2 of 9.`);
    expect((await texts()).slice(0, 5)).toEqual([
      'A short introduction of me',
      own,
      'How did you get your start in this industry?',
      'What trends are you seeing in your industry?',
      resources,
    ]);
  });

  it('sends ahead once a time is set: the agenda to copy and an .ics that holds the start, length and agenda', async () => {
    const download = page.getByRole('button', { name: 'Download invite (.ics)' });
    expect(await download.isDisabled()).toBe(true);
    await page.getByText('Set the meeting date and time first').waitFor();
    await page.getByLabel('Meeting date and time').fill('2026-11-30T14:00');
    await expect.poll(() => download.isDisabled()).toBe(false);
    // A prospect is not scheduled by a time: the page says why and what to do, and the status stays.
    await page.getByText('Avery Quinlan is Prospect, so this time is kept with the conversation only').waitFor();
    expect(await page.getByRole('button', { name: /^Move Avery Quinlan to Scheduled/ }).count()).toBe(0);

    // Where, kept on the contact: the message says it and the invite carries it, with the person as guest.
    const place = 'https://meet.example.com/avery-quinlan';
    await page.getByLabel('Where you meet').fill(place);
    await expect.poll(async () => (await storedContact(page, 'avery-quinlan'))?.meetingPlace).toBe(place);
    await message(page, 'updateContact', { slug: 'avery-quinlan', email: 'avery@example.com' });
    await page.getByText('The invite lists Avery Quinlan (avery@example.com) as a guest.').waitFor();
    const agendaMessage = await page.getByLabel('Agenda message').inputValue();
    expect(agendaMessage).toMatch(/^Hi Avery,\n[\s\S]*our 30 minutes on Monday, November 30, 2026 at 2:00 PM/);
    expect(agendaMessage).toContain(`\n\nWhere: ${place}\n\n`);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Copy agenda' }).click();
    await announced('Copied the agenda.');
    // Pasted back into a box on the page: what was copied is the message shown.
    await page.getByLabel('Notes', { exact: true }).press('Control+V');
    await expect.poll(() => page.getByLabel('Notes', { exact: true }).inputValue()).toBe(agendaMessage);

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('interview-avery-quinlan-2026-11-30.ics');
    await announced('Downloaded interview-avery-quinlan-2026-11-30.ics.');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(readFileSync((await file.path())!, 'utf8'))).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe(await page.evaluate(() => new Date('2026-11-30T14:00').toISOString()));
    expect(event.duration.toSeconds()).toBe(30 * 60);
    expect(event.summary).toBe('Informational interview with Avery Quinlan');
    expect([event.location, event.component.getFirstPropertyValue('url')]).toEqual([place, place]);
    expect(event.attendees.map((attendee) => attendee.getFirstValue())).toEqual(['mailto:avery@example.com']);
    const [itemTexts, itemMinutes] = [await texts(), await minutes()];
    expect(event.description).toBe(
      ['Agenda (30 minutes):', ...itemTexts.map((text, i) => `${i + 1}. ${text} (${itemMinutes[i]} min)`)].join('\n'),
    );
  });

  it('keeps notes, advice and next steps, and the thank-you quotes the chosen advice', async () => {
    await page.getByLabel('Notes', { exact: true }).fill('Team of six; design tokens in Figma.');
    for (const advice of ['Publish one case study a month', 'Join the local design guild']) {
      await page.getByLabel('A piece of advice, in their words').fill(advice);
      await page.getByRole('button', { name: 'Add advice' }).click();
    }
    const thanks = page.getByLabel('Message').and(page.locator('#thank-you-body'));
    expect(await thanks.inputValue()).toContain('your advice: “Publish one case study a month”.');
    await page.getByRole('radio', { name: /Join the local design guild/ }).check();
    await page.getByLabel('A next step').fill('Write the first case study');
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByLabel('A question to clarify').fill('Which guild meetup would you start with');
    await expect.poll(() => thanks.inputValue()).toContain('your advice: “Join the local design guild”.');
    expect(await thanks.inputValue()).toContain(
      'if you have a moment: Which guild meetup would you start with?\n\nNext, I plan to write the first case study.',
    );
    expect(await page.getByRole('list', { name: 'To make the thank-you note better' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Done: Write the first case study' }).check();
    await page.getByText('All changes saved.').waitFor();
  });

  it('finds everything again after a reload, and made no network request', async () => {
    const before = { texts: await texts(), minutes: await minutes(), thanks: await page.locator('#thank-you-body').inputValue() };
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Avery Quinlan' }).waitFor();
    expect(await page.getByRole('radio', { name: '30 minutes' }).isChecked()).toBe(true);
    expect({ texts: await texts(), minutes: await minutes(), thanks: await page.locator('#thank-you-body').inputValue() }).toEqual(before);
    expect(await page.getByLabel('Your introduction').inputValue()).toMatch(/^I design accessible public forms\./);
    expect(await page.getByLabel('Meeting date and time').inputValue()).toBe('2026-11-30T14:00');
    expect(await page.getByLabel('Where you meet').inputValue()).toBe('https://meet.example.com/avery-quinlan');
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('Team of six; design tokens in Figma.');
    expect(await page.getByRole('radio', { name: /Join the local design guild/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Done: Write the first case study' }).isChecked()).toBe(true);
    expect(await page.getByLabel('A question to clarify').inputValue()).toBe('Which guild meetup would you start with');
    // The invite is a blob: URL of the page itself; nothing else left the browser.
    expect(foreignRequests(extension).filter((url) => !url.startsWith(`blob:chrome-extension://${extension.id}/`))).toEqual([]);
  });

  it('moves an accepted contact to Scheduled at the time set here, with undo, and a new time is theirs too', async () => {
    await moveThrough(page, 'avery-quinlan', ['requested', 'accepted']);
    const timeField = page.getByLabel('Meeting date and time');
    await timeField.fill('2026-12-07T14:00');
    const moveButton = page.getByRole('button', { name: 'Move Avery Quinlan to Scheduled for Dec 7' });
    await moveButton.click();
    await announced('Moved Avery Quinlan to Scheduled for Dec 7');
    await expect.poll(() => page.getByTestId('contact-status').textContent()).toBe('Scheduled');
    const iso = (local: string) => page.evaluate((value) => new Date(value).toISOString(), local);
    expect(await storedContact(page, 'avery-quinlan')).toMatchObject({ status: 'scheduled', scheduledFor: await iso('2026-12-07T14:00') });
    // The move is on the timeline, and undone from here.
    await page.getByRole('button', { name: 'Undo the move to Scheduled' }).click();
    await announced('Undone: Avery Quinlan is Accepted again.');
    await expect.poll(() => page.getByTestId('contact-status').textContent()).toBe('Accepted');
    await moveButton.click();
    await expect.poll(() => page.getByTestId('contact-status').textContent()).toBe('Scheduled');

    // Already scheduled: a new time moves the contact's meeting too, no second move needed.
    await timeField.fill('2026-12-09T09:30');
    await page.getByText('All changes saved.').waitFor();
    await expect.poll(async () => (await storedContact(page, 'avery-quinlan'))?.scheduledFor).toBe(await iso('2026-12-09T09:30'));
    await page.getByText(/Avery Quinlan is Scheduled for Dec 9/).waitFor();
  });

  it('lets the after-meeting messages be rewritten and kept, started again on request, and recorded as sent', async () => {
    await message(page, 'moveContact', { slug: 'avery-quinlan', to: 'met' });
    await expect.poll(() => badgeText(extension)).toBe('1');
    const thanks = page.locator('#thank-you-body');
    const mine = 'Dear Avery,\n\nThank you for the hour: the guild tip was gold.\n\nSam';
    await thanks.fill(mine);
    await page.getByLabel('Subject').and(page.locator('#thank-you-subject')).fill('Thanks for the guild tip');
    await page.getByText('All changes saved.').waitFor();
    await page.reload();
    expect([await thanks.inputValue(), await page.locator('#thank-you-subject').inputValue()]).toEqual([mine, 'Thanks for the guild tip']);
    await page.getByText('Your own version: it stays as you wrote it when the notes change.').waitFor();

    // Starting again asks first; keeping changes nothing, replacing brings back the suggestion from the notes.
    await page.getByRole('button', { name: 'Start again from the suggestion' }).click();
    await page.getByRole('button', { name: 'Keep my version' }).click();
    expect(await thanks.inputValue()).toBe(mine);
    await page.getByRole('button', { name: 'Start again from the suggestion' }).click();
    const replace = page.getByRole('button', { name: 'Replace with the suggestion' });
    expect(await replace.evaluate((button) => button === document.activeElement)).toBe(true);
    await replace.click();
    await expect.poll(() => thanks.inputValue()).toContain('your advice: “Join the local design guild”.');
    expect(await thanks.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.getByText('All changes saved.').waitFor();
    await page.reload();
    expect(await thanks.inputValue()).toContain('your advice: “Join the local design guild”.');

    // Sent: the thank-you moves Avery to Thanked and the badge has nothing left to count.
    await page.getByRole('button', { name: 'Mark thanked' }).click();
    await announced('Marked Avery Quinlan as thanked');
    await expect.poll(() => badgeText(extension)).toBe('');
    await expect.poll(() => page.getByTestId('contact-status').textContent()).toBe('Thanked');
    await page.getByText(/^Thanked on /).waitFor();

    await page.getByRole('button', { name: 'I sent the referral request' }).click();
    await announced('Noted on Avery Quinlan’s timeline: referral request sent.');
    await page.getByRole('button', { name: 'I sent the note closing the loop' }).click();
    await announced('Noted on Avery Quinlan’s timeline: loop closed.');
    expect((await storedContact(page, 'avery-quinlan'))?.loopClosedAt).toEqual(expect.any(String));
  });
});
