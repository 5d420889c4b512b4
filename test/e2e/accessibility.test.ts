import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from './fixture-pages.ts';
import { launchExtension, openLinkedIn, openPopupOn, waitForCapturedName, type Extension } from './launch.ts';

let extension: Extension;
let profile: Page;

beforeAll(async () => {
  extension = await launchExtension();
  profile = await openLinkedIn(extension, pages.avery.url);
  const popup = await openPopupOn(extension, profile);
  await waitForCapturedName(popup, 'Avery Quinlan');
  await popup.getByRole('button', { name: 'Save as prospect' }).click();
  await popup.getByRole('status').filter({ hasText: 'Saved Avery Quinlan' }).waitFor();
  await popup.close();
});
afterAll(async () => extension?.close());

/** Serious and critical WCAG A/AA problems, in light and in dark. */
async function problems(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      found.push(`${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
  }
  return found;
}

describe('accessibility of every view (axe, WCAG 2.1 AA)', () => {
  it.each(['This page', 'Draft', 'Follow-up'])('the %s view', async (tab) => {
    const popup = await openPopupOn(extension, profile);
    await waitForCapturedName(popup, 'Avery Quinlan');
    await popup.getByRole('tab', { name: tab }).click();
    await popup.getByRole('tabpanel').getByText(/./).first().waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page', async () => {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.id}/src/options/index.html`);
    await options.getByLabel('Premium account').waitFor();
    expect(await problems(options)).toEqual([]);
    await options.close();
  });
});
