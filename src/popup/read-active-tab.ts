import browser from 'webextension-polyfill';
import { describeCaptureProblem } from '../core/capture-problems.ts';
import type { ExtractedProfile } from '../core/profile.ts';
import { isLinkedInUrl } from '../core/profile-url.ts';
import { captureTab } from '../content/inject-capture.ts';

export type PageRead = { kind: 'profile'; profile: ExtractedProfile } | { kind: 'problem'; message: string; authwall: boolean };

/**
 * Reads the tab the person is looking at. Its URL is only visible to Confab when the toolbar click
 * (or shortcut) granted activeTab: no URL means no grant, and Confab never asks for more.
 */
export async function readActiveTab(): Promise<PageRead> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !isLinkedInUrl(tab.url)) {
    return { kind: 'problem', message: describeCaptureProblem({ kind: 'not-linkedin' }), authwall: false };
  }
  const outcome = await captureTab(tab.id);
  if (outcome.kind === 'profile') return { kind: 'profile', profile: outcome };
  return { kind: 'problem', message: describeCaptureProblem(outcome), authwall: outcome.kind === 'authwall' };
}
