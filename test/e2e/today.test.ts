import { subBusinessDays } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import {
  badgeText,
  foreignRequests,
  launchExtension,
  openLinkedIn,
  openPopupOn,
  waitForCapturedName,
  type Extension,
  extensionPage,
} from './launch.ts';
import { backdateRequest, moveThrough, saveMadeUp, storedContact } from './pipeline-messages.ts';

let extension: Extension;
let popup: Page;
const uncaught: string[] = [];

const badgeColour = async () => (await (await extension.worker()).evaluate(() => chrome.action.getBadgeBackgroundColor({}))).slice(0, 3);
const group = (id: string) => popup.locator(`[data-group="${id}"]`);
const row = (slug: string, kind: string) => popup.locator(`[data-slug="${slug}"][data-kind="${kind}"]`);

beforeAll(async () => {
  extension = await launchExtension();
  // Avery: saved from her (made-up) profile, met fifty hours ago, so her thank-you is overdue.
  const profile = await openLinkedIn(extension, pages.avery.url);
  popup = await openPopupOn(extension, profile);
  popup.on('pageerror', (error) => uncaught.push(error.message));
  await waitForCapturedName(popup, 'Avery Quinlan');
  await popup.getByRole('button', { name: 'Save as prospect' }).click();
  await popup.getByRole('status').filter({ hasText: 'Saved Avery Quinlan' }).waitFor();
  await profile.close();
  await moveThrough(popup, 'avery-quinlan', ['requested', 'accepted', 'met'], new Date(Date.now() - 50 * 3_600_000));
  // Morgan: asked eight business days ago with no reply: a second person and the follow-up are due.
  // Saved with the tagline LinkedIn once showed beside the company: reminders name the company alone.
  await saveMadeUp(popup, 'morgan-ellery', 'Morgan Ellery', 'Quarry Analytics - We’re hiring');
  await moveThrough(popup, 'morgan-ellery', ['requested']);
  await backdateRequest(popup, 'morgan-ellery', subBusinessDays(new Date(), 8));
  // Saved, not asked yet: one at Morgan's employer (its name written another way), one elsewhere.
  await saveMadeUp(popup, 'jordan-pike', 'Jordan Pike', 'QUARRY ANALYTICS, Inc.');
  await saveMadeUp(popup, 'casey-stone', 'Casey Stone', 'Quarrystone');
  await popup.reload();
});
afterAll(async () => extension?.close());

describe('the Today view', () => {
  it('shows what is due in groups, the late ones marked, with the thank-you on the badge in red', async () => {
    await popup.getByRole('tab', { name: 'Today' }).click();
    await row('avery-quinlan', 'thank-you').waitFor();
    expect(await popup.getByRole('tabpanel').locator('h2').allTextContents()).toEqual(['Thank-you notes (1)', 'Follow-ups (2)']);
    expect(await row('avery-quinlan', 'thank-you').textContent()).toMatch(/^Avery QuinlanOverdueSend your thank-youWas due /);
    // Oldest and late first: the second person (late since the seventh business day) before the follow-up.
    expect(
      await group('follow-up')
        .locator('[data-kind]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind'))),
    ).toEqual(['second-contact', 'follow-up']);
    expect(await row('morgan-ellery', 'second-contact').getByText('Overdue').count()).toBe(1);
    expect(await row('morgan-ellery', 'follow-up').getByText('Overdue').count()).toBe(0);
    expect(await row('morgan-ellery', 'second-contact').textContent()).toContain('write to a second person at Quarry Analytics');
    expect(await row('morgan-ellery', 'second-contact').textContent()).not.toContain('hiring');
    // The badge counts thank-you notes only.
    expect(await badgeText(extension)).toBe('1');
    expect(await badgeColour()).toEqual([0xb3, 0x26, 0x1e]);
  });

  it('opens the draft for a follow-up, and the conversation page to write a thank-you', async () => {
    await popup.getByRole('button', { name: 'Open draft for Morgan Ellery' }).first().click();
    await expect.poll(() => popup.getByRole('tab', { name: 'Draft' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => popup.getByLabel('Contact').inputValue()).toBe('morgan-ellery');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-draft');
    await popup.getByRole('tab', { name: 'Today' }).click();

    const opened = extension.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Write thank-you to Avery Quinlan' }).click();
    const conversation = await opened;
    expect(conversation.url()).toBe(extensionPage(extension, 'conversation', { slug: 'avery-quinlan' }, 'after'));
    await conversation.close();
  });

  it('suggests a second person at the same employer, one click from a draft to them, or says there is no one yet', async () => {
    const second = row('morgan-ellery', 'second-contact');
    // Not Morgan's own draft: the request to Morgan went out already.
    expect(await second.getByRole('button', { name: 'Open draft for Morgan Ellery' }).count()).toBe(0);
    expect(await second.getByRole('button', { name: /^Draft to / }).allTextContents()).toEqual(['Draft to Jordan Pike']);
    expect(await second.textContent()).toContain('Not asked yet at Quarry Analytics:');
    await popup.screenshot({ path: '/tmp/shots-reminders/today-second-person-light.png' });
    await second.getByRole('button', { name: 'Draft to Jordan Pike' }).click();
    await expect.poll(() => popup.getByRole('tab', { name: 'Draft' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => popup.getByLabel('Contact').inputValue()).toBe('jordan-pike');
    await popup.getByRole('tab', { name: 'Today' }).click();

    // Jordan asked too: no one is left to suggest.
    await moveThrough(popup, 'jordan-pike', ['requested']);
    await second.getByText('No one else saved at Quarry Analytics yet: find someone on LinkedIn.').waitFor();
    expect(await second.getByRole('button', { name: /^Draft to / }).count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: `/tmp/shots-reminders/today-second-none-${scheme}.png` });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('snoozes one reminder a day and dismisses another, each gone from the list', async () => {
    await popup.getByRole('button', { name: "Snooze Morgan Ellery's second-person reminder a day" }).click();
    await popup.getByRole('status').filter({ hasText: 'Snoozed Morgan Ellery’s second-person reminder until tomorrow.' }).waitFor();
    await row('morgan-ellery', 'second-contact').waitFor({ state: 'detached' });
    const snoozed = (await storedContact(popup, 'morgan-ellery'))?.dueStates as Record<string, { snoozedUntil?: string }>;
    const until = Date.parse(Object.values(snoozed)[0]!.snoozedUntil!);
    expect(until).toBeGreaterThan(Date.now() + 20 * 3_600_000);

    await popup.getByRole('button', { name: "Dismiss Morgan Ellery's follow-up" }).click();
    await popup.getByRole('status').filter({ hasText: 'Dismissed Morgan Ellery’s follow-up.' }).waitFor();
    await group('follow-up').waitFor({ state: 'detached' });
    expect(await popup.getByRole('status').getByRole('button', { name: 'Undo' }).count()).toBe(0);
  });

  it('marks the thank-you done: the contact is thanked and the badge clears; Undo brings it back', async () => {
    await popup.getByRole('button', { name: 'Mark Avery Quinlan as thanked' }).click();
    await popup.getByRole('status').filter({ hasText: 'Marked Avery Quinlan as thanked.' }).waitFor();
    await expect.poll(() => badgeText(extension)).toBe('');
    expect((await storedContact(popup, 'avery-quinlan'))?.status).toBe('thanked');
    // Nothing is due now; the snoozed reminder is what comes next.
    await popup.getByRole('heading', { name: 'Nothing due today' }).waitFor();
    expect(await popup.getByRole('tabpanel').textContent()).toContain('Next: Morgan Ellery,');
    expect(await popup.getByRole('tab', { name: 'Today' }).textContent()).toBe('Today');

    await popup.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('status').filter({ hasText: 'Undone: Avery Quinlan is back in Met.' }).waitFor();
    await row('avery-quinlan', 'thank-you').filter({ hasText: 'Overdue' }).waitFor();
    await expect.poll(() => badgeText(extension)).toBe('1');
    expect(await badgeColour()).toEqual([0xb3, 0x26, 0x1e]);
    expect(await popup.getByRole('tab', { name: 'Today' }).textContent()).toBe('Today1');
  });

  it('reminds to back up while none was made, and not once one is recent', async () => {
    await popup.reload();
    await popup.getByRole('tab', { name: 'Today' }).click();
    await expect.poll(() => popup.getByTestId('backup-reminder').textContent()).toContain('You have not backed up Confab’s data yet.');
    const reply = await popup.evaluate(
      (at) => chrome.runtime.sendMessage({ confab: 1, name: 'saveSettings', payload: { lastBackupAt: at } }),
      new Date().toISOString(),
    );
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => popup.getByTestId('backup-reminder').count()).toBe(0);
  });

  it('threw nothing and sent nothing off the machine', () => {
    expect(uncaught).toEqual([]);
    expect(foreignRequests(extension)).toEqual([]);
  });
});
