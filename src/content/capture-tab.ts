import { captureOutcomeSchema, type CaptureOutcome } from '../core/contacts/profile.ts';
import { injectCapture, type Injection } from './inject-capture.ts';

export type TabCapture = CaptureOutcome | { kind: 'error'; message: string };

/** Injects the capture script into a tab and returns what it read, parsed: the page is not Confab's. */
export async function captureTab(tabId: number): Promise<TabCapture> {
  return parseInjection(await injectCapture(tabId));
}

export function parseInjection(injection: Injection): TabCapture {
  if (injection.kind === 'error') return injection;
  const parsed = captureOutcomeSchema.safeParse(injection.raw);
  if (!parsed.success) return { kind: 'error', message: 'Confab could not make sense of this page. Reload it and try again.' };
  return parsed.data;
}
