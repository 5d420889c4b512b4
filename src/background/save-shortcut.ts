import browser from 'webextension-polyfill';
import { formStart } from '../core/contacts/contact-fields.ts';
import { describeCaptureProblem } from '../core/contacts/capture-problems.ts';
import { isLinkedInUrl } from '../core/contacts/profile-url.ts';
import { captureTab } from '../content/capture-tab.ts';
import type { ConfabDb } from '../db/database.ts';
import { getContact, saveContact } from '../db/contacts-repo.ts';
import { refreshToolbar } from './toolbar.ts';

export const saveProfileCommand = 'save-profile';

/**
 * The **Save this profile** shortcut: the key press grants activeTab on the open tab, exactly like a
 * click on the toolbar icon; the profile is captured, saved, and confirmed with a notification.
 */
export async function saveProfileFromShortcut(
  db: ConfabDb,
  tab: { id?: number | undefined; url?: string | undefined } | undefined,
): Promise<void> {
  if (tab?.id === undefined) return notify('Confab could not save', 'No tab is open to read.');
  if (!isLinkedInUrl(tab.url)) return notify('Confab could not save this page', describeCaptureProblem({ kind: 'not-linkedin' }));
  const outcome = await captureTab(tab.id);
  if (outcome.kind !== 'profile') return notify('Confab could not save this page', describeCaptureProblem(outcome));
  if (!outcome.name) {
    return notify(
      'Confab could not save this page',
      'No name was found on this page. Click the Confab icon to fill in the details and save.',
    );
  }
  try {
    const existing = await getContact(db, outcome.slug);
    const { fields } = formStart(outcome, existing);
    const { contact, created } = await saveContact(db, { fields, capture: outcome });
    await refreshToolbar(db);
    await notify(
      created ? 'Saved as prospect' : 'Contact updated',
      created ? `${contact.name} is now in Confab.` : `${contact.name} was already saved; the details are up to date.`,
    );
  } catch (error) {
    await notify('Confab could not save', error instanceof Error ? error.message : String(error));
  }
}

async function notify(title: string, message: string): Promise<void> {
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}
