import browser from 'webextension-polyfill';
import { describeCaptureProblem, type CaptureProblem } from '../../../core/contacts/capture-problems.ts';
import { isLinkedInUrl, profileRefFromUrl } from '../../../core/contacts/profile-url.ts';
import { injectCapture } from '../../../content/inject-capture.ts';
import { loadOnce } from '../load-once.ts';
import type { PageRead } from './page-read.ts';

/** What reads the capture's answer and the saved contact (the schemas, the database), and the form. */
export const loadProfileForm = loadOnce(() => import('./profile-read.tsx'));

/**
 * Reads the tab the person is looking at. Its URL is only visible to Confab when the toolbar click
 * (or shortcut) granted activeTab: no URL means no grant, and Confab never asks for more. The capture
 * script runs in the page while the popup loads what reads its answer and the saved contact, so
 * neither waits for the other and the form appears in one step.
 */
export async function readActiveTab(): Promise<PageRead> {
  // Started before anything is awaited: the chunk loads while the tab is asked for and captured.
  const form = loadProfileForm();
  // The database opens as soon as its code is here, while the tab is asked for and captured.
  form.then((module) => module.openSaved()).catch(() => undefined);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined || !isLinkedInUrl(tab.url)) return problem({ kind: 'not-linkedin' });
    const injection = injectCapture(tab.id);
    const { readProfile } = await form;
    const read = await readProfile(injection, profileRefFromUrl(tab.url)?.slug);
    return read.kind === 'profile' ? read : problem(read);
  } catch (error) {
    // The browser's own words are for the console; the person reads what to do.
    console.warn('Confab: reading the active tab failed', error);
    return problem({ kind: 'error', message: 'Confab could not read this page. Reload the profile, then open Confab again.' });
  }
}

function problem(cause: CaptureProblem): PageRead {
  return { kind: 'problem', message: describeCaptureProblem(cause) };
}
