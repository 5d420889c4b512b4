import browser from 'webextension-polyfill';
import { captureOutcomeSchema, type CaptureOutcome } from '../core/profile.ts';
import captureFile from './capture.ts?script&iife';

export type TabCapture = CaptureOutcome | { kind: 'error'; message: string };

/** Runs in the page's isolated world: calls the capture once and leaves nothing behind. */
async function runInjectedCapture(): Promise<unknown> {
  const capture = globalThis.__confabCapture;
  delete globalThis.__confabCapture;
  if (typeof capture !== 'function') return { kind: 'error', message: 'The capture script did not load.' };
  return capture();
}

/**
 * Injects the capture script into a tab (allowed by the activeTab grant of the toolbar click or the
 * shortcut) and returns what it read, parsed: the page is not Confab's, so its answer is untrusted.
 */
export async function captureTab(tabId: number): Promise<TabCapture> {
  let raw: unknown;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [captureFile] });
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: runInjectedCapture });
    raw = frame?.result;
  } catch (error) {
    return { kind: 'error', message: explainInjectionError(error) };
  }
  if (isError(raw)) return raw;
  const parsed = captureOutcomeSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: 'Confab could not make sense of this page. Reload it and try again.' };
  return parsed.data;
}

function isError(value: unknown): value is { kind: 'error'; message: string } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error' && typeof (value as { message?: unknown }).message === 'string';
}

function explainInjectionError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/permission|cannot access|host/i.test(message)) {
    return 'Confab can only read the page you opened it on. Click the Confab icon while the profile is open, then try again.';
  }
  return `Confab could not read this page: ${message}`;
}
