import {
  changesSince,
  describeChanges,
  jobChange,
  mergedSnapshot,
  snapshotOf,
  type CaptureSnapshot,
} from '../core/contacts/capture-changes.ts';
import {
  contactSchema,
  maxCaptureHistory,
  timelineEventSchema,
  type Contact,
  type ContactFieldsInput,
  contactFieldsSchema,
  type DatedSnapshot,
} from '../core/contacts/contact.ts';
import type { ExtractedProfile } from '../core/contacts/profile.ts';
import { profileRefFromUrl } from '../core/contacts/profile-url.ts';
import { applyMove } from '../core/pipeline/pipeline.ts';
import { ContactError } from './contact-error.ts';
import { moveTimelineEvent } from './moves-repo.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

export { ContactError };

/**
 * The capture history after a new capture: the previous capture is kept, dated, when the new one
 * differs from it.
 */
function historyAfter(existing: Contact | undefined, snapshot: CaptureSnapshot): DatedSnapshot[] {
  const history = existing?.captureHistory ?? [];
  const previous = existing?.lastCapture;
  if (!previous || !existing.lastCapturedAt) return history;
  if (changesSince(previous, snapshot).length === 0) return history;
  return [...history, { ...previous, capturedAt: existing.lastCapturedAt }].slice(-maxCaptureHistory);
}

/**
 * Saves the form as a contact. The key is the canonical `/in/<slug>` of the profile URL, so saving the
 * same person again updates the one record: its status and history are kept. A new capture that
 * differs from the last one keeps the last one as a dated snapshot, and a new title or company is a
 * "changed jobs" event on the timeline.
 */
export async function saveContact(
  db: ConfabDb,
  input: { fields: ContactFieldsInput; capture: ExtractedProfile | null },
  now: Date = new Date(),
): Promise<{ contact: Contact; created: boolean }> {
  const fields = contactFieldsSchema.parse(input.fields);
  const ref = profileRefFromUrl(fields.url);
  if (!ref) throw new ContactError('The profile URL must be a LinkedIn profile address, like https://www.linkedin.com/in/name/.');
  // A capture of someone else (the person edited the URL) must not become this contact's history.
  const capture = input.capture?.slug === ref.slug ? input.capture : null;
  const at = now.toISOString();

  return db.transaction('rw', [db.contacts, db.timeline, db.conversations, db.settings], async () => {
    const existing = await db.contacts.get(ref.slug);
    const snapshot = capture ? mergedSnapshot(existing?.lastCapture ?? null, snapshotOf(capture)) : null;
    const changes = snapshot ? changesSince(existing?.lastCapture ?? null, snapshot) : [];
    const captured = capture
      ? {
          about: capture.about ?? '',
          experience: capture.experience,
          education: capture.education,
          lastCapture: snapshot,
          lastCapturedAt: at,
          captureHistory: snapshot ? historyAfter(existing, snapshot) : [],
        }
      : {};
    // Saving someone of the network pool is making them a prospect: a move, on the timeline, undoable.
    const joined = existing?.status === 'network' ? applyMove(existing, 'prospect', { at: now }) : null;
    const parsed = contactSchema.parse({
      ...(joined?.record ??
        existing ?? { status: 'prospect', createdAt: at, statusChangedAt: at, source: capture ? 'captured' : 'manual' }),
      ...fields,
      ...captured,
      url: ref.url,
      slug: ref.slug,
      updatedAt: at,
    });
    const contact = await withFollowUp(db, parsed, now);
    await db.contacts.put(contact);
    if (joined) await db.timeline.add(moveTimelineEvent(ref.slug, joined.event));
    await db.timeline.add(
      timelineEventSchema.parse({
        slug: ref.slug,
        at,
        kind: existing ? 'updated' : 'saved',
        to: existing ? null : 'prospect',
        detail: existing ? (describeChanges(changes) ?? 'Profile details updated') : 'Saved as prospect',
      }),
    );
    const newJob = existing?.lastCapture && snapshot ? jobChange(existing.lastCapture, snapshot) : null;
    if (newJob) await db.timeline.add(timelineEventSchema.parse({ slug: ref.slug, at, kind: 'changedJobs', detail: newJob }));
    return { contact, created: !existing };
  });
}

/** What the user and the person share, for the {connection} of request templates. */
export async function setConnection(db: ConfabDb, slug: string, connection: string, now: Date = new Date()): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(slug);
    if (!existing) throw new ContactError(`No saved contact has the profile “${slug}”.`);
    const contact = contactSchema.parse({ ...existing, connection, updatedAt: now.toISOString() });
    await db.contacts.put(contact);
    return contact;
  });
}

export { getContact, pendingContacts, pendingThankYouCount, thankYouSummary, timelineOf } from './contact-queries.ts';
