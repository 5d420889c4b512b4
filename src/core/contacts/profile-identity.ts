import { profileRefFromUrl } from './profile-url.ts';

export const notAProfileAddress =
  'The Profile URL must be a LinkedIn profile address, like https://www.linkedin.com/in/name/. Copy it from the address bar of their profile.';

interface Captured {
  slug: string;
  name?: string | null;
}

/**
 * Why a Profile URL cannot be saved with the page it was read from, or null when it can. A contact's
 * key is the slug of its address: a form filled from one person's page but given another person's
 * address would quietly create a second contact, with the first person's details. Checked in the
 * popup as the person saves, and again where the message lands, so no page can make that duplicate.
 */
export function profileUrlRefusal(url: string, capture: Captured | null, name?: string): string | null {
  const ref = profileRefFromUrl(url);
  if (!ref) return notAProfileAddress;
  if (!capture || ref.slug === capture.slug) return null;
  const who = name?.trim() || capture.name?.trim() || 'the person on this page';
  return `This form is for ${who}, whose address is the page’s: linkedin.com/in/${capture.slug}. To save someone else, open their profile.`;
}
