import browser from 'webextension-polyfill';
import captureFile from './capture.ts?script&iife';

/** What the capture script answered, not yet parsed; or why it could not be injected. */
export type Injection = { kind: 'answered'; raw: unknown } | { kind: 'error'; message: string };

/**
 * Injects the capture script into a tab (allowed by the activeTab grant of the toolbar click or the
 * shortcut) and returns its answer as it came. The built file ends by running the capture once and
 * removing it (see `captureRunner` in vite.config.ts), so one injection answers with the result. Free
 * of the schemas, so the popup can start it before they load; `captureTab` parses the answer.
 */
export async function injectCapture(tabId: number): Promise<Injection> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [rootPath(captureFile)] });
    return { kind: 'answered', raw: frame?.result };
  } catch (error) {
    return { kind: 'error', message: explainInjectionError(error) };
  }
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
