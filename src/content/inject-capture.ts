import browser from 'webextension-polyfill';
import { captureOutcomeSchema, type CaptureOutcome } from '../core/contacts/profile.ts';
import captureFile from './capture.ts?script&iife';

export type TabCapture = CaptureOutcome | { kind: 'error'; message: string };

/**
 * Injects the capture script into a tab (allowed by the activeTab grant of the toolbar click or the
 * shortcut) and returns what it read. The built file ends by running the capture once and removing it
 * (see `captureRunner` in vite.config.ts), so one injection answers with the result. The page is not
 * Confab's, so its answer is parsed before use.
 */
export async function captureTab(tabId: number): Promise<TabCapture> {
  let raw: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [rootPath(captureFile)] });
    raw = frame?.result;
  } catch (error) {
    return { kind: 'error', message: explainInjectionError(error) };
  }
  const parsed = captureOutcomeSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: 'Confab could not make sense of this page. Reload it and try again.' };
  return parsed.data;
}

/**
 * Chrome reads `files` from the extension's root, Firefox relative to the calling page (the popup is
 * at src/popup/, where `src/content/capture.js` does not exist): a leading slash means the root in both.
 */
export function rootPath(file: string): string {
  return `/${file.replace(/^\/+/, '')}`;
}

function explainInjectionError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/permission|cannot access|host/i.test(message)) {
    return 'Confab can only read the page you opened it on. Click the Confab icon while the profile is open, then try again.';
  }
  return `Confab could not read this page: ${message}`;
}
