import browser from 'webextension-polyfill';
import { describeCaptureProblem } from '../../../core/contacts/capture-problems.ts';
import type { Contact } from '../../../core/contacts/contact.ts';
import type { ExtractedProfile } from '../../../core/contacts/profile.ts';
import { isLinkedInUrl, profileRefFromUrl } from '../../../core/contacts/profile-url.ts';
import { captureTab } from '../../../content/inject-capture.ts';
import { getContact } from '../../../db/contact-queries.ts';
import { database } from '../../../db/database.ts';

export type PageRead = { kind: 'profile'; profile: ExtractedProfile; existing: Contact | undefined } | { kind: 'problem'; message: string };

/**
 * Reads the tab the person is looking at. Its URL is only visible to Confab when the toolbar click
 * (or shortcut) granted activeTab: no URL means no grant, and Confab never asks for more. The saved
 * contact for the URL is read while the page is being captured, so the form appears in one step.
 */
export async function readActiveTab(): Promise<PageRead> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined || !isLinkedInUrl(tab.url)) return problem({ kind: 'not-linkedin' });
    const urlSlug = profileRefFromUrl(tab.url)?.slug;
    const saved = urlSlug ? getContact(database(), urlSlug) : Promise.resolve(undefined);
    const [outcome, savedForUrl] = await Promise.all([captureTab(tab.id), saved]);
    if (outcome.kind !== 'profile') return problem(outcome);
    const existing = outcome.slug === urlSlug ? savedForUrl : await getContact(database(), outcome.slug);
    return { kind: 'profile', profile: outcome, existing };
  } catch (error) {
    // The browser's own words are for the console; the person reads what to do.
    console.warn('Confab: reading the active tab failed', error);
    return problem({ kind: 'error', message: 'Confab could not read this page. Reload the profile, then open Confab again.' });
  }
}

function problem(cause: Parameters<typeof describeCaptureProblem>[0]): PageRead {
  return { kind: 'problem', message: describeCaptureProblem(cause) };
}
