/**
 * The part of This page that needs the schemas and the database, loaded while the capture script runs
 * in the tab: reading its answer and the saved contact, and the form kept current with that contact.
 */
import type { CaptureProblem } from '../../../core/contacts/capture-problems.ts';
import { parseInjection } from '../../../content/capture-tab.ts';
import type { Injection } from '../../../content/inject-capture.ts';
import { getContact } from '../../../db/contact-queries.ts';
import { database } from '../../../db/database.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { ProfileForm } from './profile-form.tsx';
import type { ProfileRead } from './page-read.ts';

/**
 * Opens the database (Dexie's open checks the version and the stores) without waiting for the tab's
 * URL: the saved contact's read then finds it open. A failure is reported by that read.
 */
export function openSaved(): void {
  database()
    .open()
    .catch(() => undefined);
}

/** The capture's answer, parsed, with the contact saved for it (read for the tab's URL meanwhile). */
export async function readProfile(injection: Promise<Injection>, urlSlug: string | undefined): Promise<ProfileRead | CaptureProblem> {
  const saved = urlSlug ? getContact(database(), urlSlug) : Promise.resolve(undefined);
  // Not awaited when the page is no profile: its failure then matters to no one.
  saved.catch(() => undefined);
  const outcome = parseInjection(await injection);
  if (outcome.kind !== 'profile') return outcome;
  const existing = outcome.slug === urlSlug ? await saved : await getContact(database(), outcome.slug);
  return { kind: 'profile', profile: outcome, existing };
}

export function SavedOrNew({ read }: { read: ProfileRead }) {
  // The contact as read with the page, then kept current (status changes, saves) by a live query.
  const live = useLiveQuery(() => getContact(database(), read.profile.slug), [read.profile.slug]);
  if (live.state === 'error')
    return (
      <p class="notice error" role="alert">
        {live.error}
      </p>
    );
  const existing = live.state === 'ready' ? live.value : read.existing;
  return <ProfileForm capture={read.profile} initial={read.existing} existing={existing} />;
}
