import type { Contact } from '../../../core/contacts/contact.ts';
import type { ExtractedProfile } from '../../../core/contacts/profile.ts';

/** What This page shows: the profile read from the tab with its saved contact, or why there is none. */
export type ProfileRead = { kind: 'profile'; profile: ExtractedProfile; existing: Contact | undefined };
export type PageRead = ProfileRead | { kind: 'problem'; message: string };
