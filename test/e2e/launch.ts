import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium-path.ts';
import { pagePath, type PageArgs, type PageName } from '../../src/pages/pages.ts';
import { routeLinkedIn } from './fixture-pages.ts';

export const e2eDist = resolve(import.meta.dirname, '../../dist-e2e');

export interface Extension {
  context: BrowserContext;
  id: string;
  /** Every URL the browser requested during the run, to prove Confab makes no network requests. */
  requests: string[];
  worker: () => Promise<Worker>;
  popupUrl: string;
  close: () => Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless unless a display is asked for. */
export async function launchExtension(options: { dist?: string; headless?: boolean; profileDir?: string } = {}): Promise<Extension> {
  const dist = options.dist ?? e2eDist;
  const userDataDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'confab-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 860 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await routeLinkedIn(context);

  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL((await worker()).url()).host;
  return {
    context,
    id,
    requests,
    worker,
    popupUrl: `chrome-extension://${id}/${pagePath('popup')}`,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the popup as a tab and makes `page` the active tab it reads: tests cannot click the toolbar,
 * so the popup is loaded in its own tab and reloaded once the LinkedIn tab is in front.
 */
export async function openPopupOn(extension: Extension, page: Page | null): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(extension.popupUrl);
  if (page) {
    await page.bringToFront();
    await popup.reload();
  }
  return popup;
}

export async function openLinkedIn(extension: Extension, url: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(url);
  return page;
}

/** Requests that are neither the routed LinkedIn fixtures nor the extension's own files. */
export function foreignRequests(extension: Extension): string[] {
  return extension.requests.filter(
    (url) =>
      !url.startsWith('https://www.linkedin.com/') &&
      !url.startsWith(`chrome-extension://${extension.id}/`) &&
      !url.startsWith('data:') &&
      url !== 'about:blank',
  );
}

export async function badgeText(extension: Extension): Promise<string> {
  const worker = await extension.worker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Waits until the This page form shows the captured name. */
export async function waitForCapturedName(popup: Page, name: string): Promise<void> {
  await popup.waitForFunction(
    (expected) =>
      Array.from(document.querySelectorAll('label')).some(
        (label) => label.textContent?.trim() === 'Name' && label.querySelector('input')?.value === expected,
      ),
    name,
  );
}

/** The address of one of Confab's pages in this browser, from the one page registry. */
export function extensionPage<P extends PageName>(extension: Pick<Extension, 'id'>, page: P, ...args: PageArgs<P>): string {
  return `chrome-extension://${extension.id}/${pagePath(page, ...args)}`;
}
