/**
 * `npm start`: Chromium with Confab loaded, on a made-up sample profile served as if it were
 * linkedin.com. With a display, a real window: click the Confab icon to try it. Without one, it runs
 * headless, saves profiles through the popup and writes screenshots of every view to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { pages } from '../test/e2e/fixture-pages.ts';
import {
  badgeText,
  launchExtension,
  openLinkedIn,
  openPopupOn,
  waitForCapturedName,
  type Extension,
  extensionPage,
} from '../test/e2e/launch.ts';
import { moveThrough } from '../test/e2e/pipeline-messages.ts';

const root = resolve(import.meta.dirname, '..');
const shots = resolve(root, 'screenshots');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (hasDisplay && !process.argv.includes('--headless')) await interactive();
else await headless();

async function interactive(): Promise<void> {
  const extension = await launchExtension({ dist: resolve(root, 'dist'), headless: false });
  const page = await openLinkedIn(extension, pages.avery.url);
  await page.bringToFront();
  console.log(`Chromium is open on ${pages.avery.url} (a made-up profile served locally).`);
  console.log('Click the Confab icon in the toolbar (pin it from the puzzle-piece menu), or press Alt+Shift+S to save the profile.');
  console.log(
    'Other sample pages:',
    Object.values(pages)
      .map((p) => p.url)
      .join('  '),
  );
  await new Promise<void>((done) => extension.context.on('close', () => done()));
}

async function headless(): Promise<void> {
  mkdirSync(shots, { recursive: true });
  const extension = await launchExtension();
  const written: string[] = [];
  const shoot = async (page: Page, name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const path = resolve(shots, `${name}-${scheme}.png`);
      await page.screenshot({ path, fullPage: true });
      written.push(path);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  try {
    const jordan = await openLinkedIn(extension, pages.jordan.url);
    await saveFrom(extension, jordan, 'Jordan Reyes', 'Spoke at the data meetup; ask how she moved from analytics to engineering.');
    await advance(extension, 'jordan-reyes-data', ['requested', 'accepted', 'met']);

    const profile = await openLinkedIn(extension, pages.avery.url);
    const shot = resolve(shots, 'linkedin-profile.png');
    await profile.screenshot({ path: shot });
    written.push(shot);

    let popup = await openPopupOn(extension, profile);
    await waitForCapturedName(popup, 'Avery Quinlan');
    await shoot(popup, 'popup-this-page');
    await popup.getByLabel('Notes').fill('Ask about accessibility audits at Harbor Light Labs.');
    await popup.getByRole('button', { name: 'Save as prospect' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved Avery Quinlan' }).waitFor();
    await shoot(popup, 'popup-this-page-saved');

    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByLabel('Contact').selectOption({ label: 'Avery Quinlan' });
    await popup
      .getByRole('textbox', { name: 'Message' })
      .fill(
        'Hi Avery, I’m a designer in Portland moving into accessibility work. Your talk on audits stuck with me. Would you be open to a 20-minute call about your path?',
      );
    await shoot(popup, 'popup-draft');
    await popup.close();

    popup = await openPopupOn(extension, profile);
    await popup.getByRole('tab', { name: 'Today' }).click();
    await popup.locator('[data-group="thank-you"]').waitFor();
    await shoot(popup, 'popup-today');

    const feed = await openLinkedIn(extension, pages.authwall.url);
    popup = await openPopupOn(extension, feed);
    await popup.getByTestId('page-hint').waitFor();
    await shoot(popup, 'popup-sign-in-hint');

    const options = await extension.context.newPage();
    await options.goto(extensionPage(extension, 'options'));
    await options.getByLabel('Premium account').waitFor();
    await shoot(options, 'options');

    console.log(`Saved Avery Quinlan and Jordan Reyes; toolbar badge: “${await badgeText(extension)}” (pending thank-you notes).`);
    console.log('Screenshots:');
    for (const path of written) console.log(`  ${path}`);
  } finally {
    await extension.close();
  }
}

async function saveFrom(extension: Extension, page: Page, name: string, notes: string): Promise<void> {
  const popup = await openPopupOn(extension, page);
  await waitForCapturedName(popup, name);
  await popup.getByLabel('Notes').fill(notes);
  await popup.getByRole('button', { name: 'Save as prospect' }).click();
  await popup
    .getByRole('status')
    .filter({ hasText: `Saved ${name}` })
    .waitFor();
  await popup.close();
}

/** Moves a contact along by messages, as the contacts page does (the popup lists only what is due). */
async function advance(extension: Extension, slug: string, steps: string[]): Promise<void> {
  const popup = await openPopupOn(extension, null);
  await moveThrough(popup, slug, steps);
  await popup.close();
}
