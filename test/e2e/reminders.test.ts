/**
 * A thank-you coming due in real Chromium: the meeting is recorded as held a day ago less a few
 * seconds, so the reminder falls due while the test watches (the clock is set through the meeting
 * time; unpacked extensions' alarms may fire a second ahead). The badge, the notification entry, and
 * after a worker restart the alarm armed again; thanked, all clear.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchExtension, type Extension, extensionPage } from './launch.ts';
import { saveMadeUp, storedContact } from './pipeline-messages.ts';
import { restartWorker, workerWasRestarted } from './worker-control.ts';

let extension: Extension;
let page: Page;

beforeAll(async () => {
  extension = await launchExtension();
  page = await extension.context.newPage();
  await page.goto(extension.popupUrl);
});
afterAll(async () => extension?.close());

const send = (name: string, payload: unknown) =>
  page.evaluate(([n, p]) => chrome.runtime.sendMessage({ confab: 1, name: n, payload: p }), [name, payload] as const);

async function inWorker<T>(expression: string): Promise<T> {
  const worker = extension.context.serviceWorkers().at(-1) ?? (await extension.worker());
  return worker.evaluate(expression) as Promise<T>;
}

const notifications = () => inWorker<Record<string, boolean>>('chrome.notifications.getAll()');
const alarm = () => inWorker<{ scheduledTime: number } | undefined>("chrome.alarms.get('confab-next-due')");

describe('a thank-you falling due', () => {
  it('shows on the badge, notifies when due, survives a worker restart, and clears when thanked', async () => {
    const fields = {
      name: 'Avery Quinlan',
      url: 'https://www.linkedin.com/in/avery-quinlan/',
      headline: '',
      currentTitle: '',
      currentCompany: '',
      location: '',
      notes: '',
    };
    expect(await send('saveContact', { fields, capture: null })).toMatchObject({ ok: true });
    for (const to of ['requested', 'accepted'])
      expect(await send('moveContact', { slug: 'avery-quinlan', to })).toMatchObject({ ok: true });
    const heldAt = Date.now() - 24 * 3_600_000 + 4_000;
    expect(await send('moveContact', { slug: 'avery-quinlan', to: 'met', heldAt: new Date(heldAt).toISOString() })).toMatchObject({
      ok: true,
    });

    // Pending at once (a thank-you is owed from the meeting on), not yet due: no notification.
    await expect.poll(() => badgeText(extension)).toBe('1');
    expect(Object.keys(await notifications())).toEqual([]);
    expect((await alarm())?.scheduledTime).toBeGreaterThanOrEqual(heldAt + 24 * 3_600_000);

    // Due a few seconds later: the alarm wakes the worker and the notification appears.
    await expect
      .poll(() => notifications().then(Object.keys), { timeout: 20_000, interval: 500 })
      .toEqual([expect.stringMatching(/^confab-due:avery-quinlan\|thank-you\|/)]);

    // Alarms outlive the worker, so take it away first: stopped and started again, the worker arms the
    // next moment from the database (the thank-you turning overdue).
    await inWorker("chrome.alarms.clear('confab-next-due')");
    expect(await alarm()).toBeUndefined();
    await restartWorker(extension, page);
    expect(await workerWasRestarted(extension)).toBe(true);
    await expect.poll(async () => (await alarm())?.scheduledTime).toBe(heldAt + 48 * 3_600_000 + 1_000);
    expect(await badgeText(extension)).toBe('1');

    expect(await send('markThanked', { slug: 'avery-quinlan' })).toMatchObject({ ok: true });
    await expect.poll(() => badgeText(extension)).toBe('');
    await expect.poll(() => notifications().then(Object.keys)).toEqual([]);
  });

  it('takes its timing and the notification switch from the options page', async () => {
    const options = await extension.context.newPage();
    await options.goto(extensionPage(extension, 'options', {}, 'timing'));
    await options.getByLabel('No reply: one short follow-up after (business days)').fill('2');
    await options.getByRole('alert').filter({ hasText: 'The follow-up must come after the note to a second person.' }).waitFor();
    await options.getByLabel('No reply: one short follow-up after (business days)').fill('8');
    await options.getByLabel('Keep in touch by tag (days)').fill('mentor 30, alumni 120');
    await options.getByRole('status').filter({ hasText: 'Reminders follow the new timing.' }).waitFor();
    await options.getByLabel('Notify me when a reminder falls due').uncheck();
    await options.getByRole('status').filter({ hasText: 'No notifications' }).waitFor();
    await options.reload();
    await expect.poll(() => options.getByLabel('No reply: one short follow-up after (business days)').inputValue()).toBe('8');
    expect(await options.getByLabel('Keep in touch by tag (days)').inputValue()).toBe('mentor 30, alumni 120');
    expect(await options.getByLabel('Notify me when a reminder falls due').isChecked()).toBe(false);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.locator('#timing').screenshot({ path: `/tmp/shots-timing-${scheme}.png` });
    }
    await options.close();
  });
});

describe('a reminder of one’s own', () => {
  it('is set on the contact page, arms the alarm, shows in Today at its time, and goes when done', async () => {
    await saveMadeUp(page, 'rowan-vale', 'Rowan Vale', 'Tidewater Books');
    const contact = await extension.context.newPage();
    await contact.goto(extensionPage(extension, 'contact', { slug: 'rowan-vale' }));
    const card = contact.getByTestId('own-reminder');
    await card.getByText(/^None set\./).waitFor();
    // Tomorrow at 09:00 on the browser's clock, as the person picks it.
    const day = await contact.evaluate(() => {
      const d = new Date(Date.now() + 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await card.getByLabel('Remind me on').fill(day);
    await card.getByLabel('At').fill('09:00');
    await card.getByLabel(/^Note/).fill('Ask how the launch went');
    await card.getByRole('button', { name: 'Set reminder' }).click();
    await card.getByRole('status').filter({ hasText: 'You will be reminded on' }).waitFor();
    const at = await contact.evaluate((d) => new Date(`${d}T09:00`).toISOString(), day);
    await expect.poll(async () => (await storedContact(page, 'rowan-vale'))?.ownReminder).toEqual({ at, note: 'Ask how the launch went' });
    expect((await storedContact(page, 'rowan-vale'))?.followUpAt).toBe(at);
    await card.getByText(/^Follow up on .*: Ask how the launch went$/).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await contact.emulateMedia({ colorScheme: scheme });
      await card.screenshot({ path: `/tmp/shots-reminders/own-reminder-card-${scheme}.png` });
    }
    // The one alarm is set for it: nothing else is ahead of it.
    await expect.poll(async () => (await alarm())?.scheduledTime).toBe(Date.parse(at) + 1_000);

    // The popup with its clock: not yet today, then there once the clock passes its time.
    const popup = await extension.context.newPage();
    await popup.clock.install({ time: new Date() });
    await popup.goto(extension.popupUrl);
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.getByRole('heading', { name: 'Nothing due today' }).waitFor();
    await popup.clock.fastForward(Date.parse(at) - Date.now() + 60_000);
    const row = popup.locator('[data-slug="rowan-vale"][data-kind="own-reminder"]');
    await row.waitFor();
    expect(await popup.locator('[data-group="own"] h2').textContent()).toBe('Your reminders (1)');
    expect(await row.textContent()).toContain('Your reminder: Ask how the launch went');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: `/tmp/shots-reminders/today-own-reminder-${scheme}.png` });
    }

    await popup.getByRole('button', { name: "Mark Rowan Vale's reminder done" }).click();
    await popup.getByRole('status').filter({ hasText: 'Done: Rowan Vale’s reminder.' }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await storedContact(page, 'rowan-vale'))?.ownReminder).toBeNull();
    await card.getByText(/^None set\./).waitFor();
    await popup.close();
    await contact.close();
  });

  it('notifies at its time, like the method’s reminders', async () => {
    // The test above turned notifications off from the options page.
    expect(await send('saveSettings', { notifications: true })).toMatchObject({ ok: true });
    const at = new Date(Date.now() + 4_000).toISOString();
    expect(await send('setOwnReminder', { slug: 'rowan-vale', reminder: { at, note: 'Send the article' } })).toMatchObject({ ok: true });
    await expect
      .poll(() => notifications().then(Object.keys), { timeout: 20_000, interval: 500 })
      .toEqual([`confab-due:rowan-vale|own-reminder|${at}`]);
    expect(await send('setOwnReminder', { slug: 'rowan-vale', reminder: null })).toMatchObject({ ok: true });
    await expect.poll(() => notifications().then(Object.keys)).toEqual([]);
  });
});
