import { changesSince, snapshotOf, trackedFieldLabels } from '../../../core/contacts/capture-changes.ts';
import type { Contact } from '../../../core/contacts/contact.ts';
import type { ExtractedProfile } from '../../../core/contacts/profile.ts';
import { statusLabels } from '../../../core/pipeline/status.ts';
import { formatDay } from '../../../ui/format-date.ts';
import { openPage } from '../../../ui/open-page.ts';

/**
 * A saved person: their status, and what LinkedIn shows differently from the contact's last capture.
 * Computed from the contact as it is now, so once the contact is updated from this page the list
 * says nothing changed instead of listing what was just taken in.
 */
export function SavedStatus({ contact, capture }: { contact: Contact; capture: ExtractedProfile }) {
  const changes = changesSince(contact.lastCapture, snapshotOf(capture));
  if (contact.status === 'network')
    return (
      <div class="notice" data-testid="saved-status">
        <p>
          <strong>In your network</strong> <span class="muted">(from your LinkedIn data export)</span>. Save as prospect takes in what this
          page shows and starts the conversation’s steps.
        </p>
      </div>
    );
  return (
    <div class="notice" data-testid="saved-status">
      <p>
        <strong>Already saved</strong> · Status: <span class="pill">{statusLabels[contact.status]}</span>{' '}
        <span class="muted">since {formatDay(contact.statusChangedAt)}</span>{' '}
        <button
          type="button"
          class="link-button"
          aria-label={`Open ${contact.name}'s contact page (a new tab)`}
          onClick={() => openPage('contact', { slug: contact.slug })}
        >
          Contact page ↗
        </button>
      </p>
      {changes.length > 0 ? (
        <>
          <p class="muted">Changed on LinkedIn since the last capture:</p>
          <ul class="changes" data-testid="changes">
            {changes.map((change) => (
              <li key={change.field}>
                {trackedFieldLabels[change.field]}: {change.before || '(empty)'} → {change.after}
              </li>
            ))}
          </ul>
        </>
      ) : contact.lastCapture ? (
        <p class="muted">Nothing changed on LinkedIn since the last capture.</p>
      ) : (
        // Saved by hand (or imported): there is no earlier capture to compare this page with.
        <p class="muted">Not captured from LinkedIn before: Update contact takes in what this page shows.</p>
      )}
    </div>
  );
}

const sectionLabels: Record<string, string> = {
  experience: 'experience',
  education: 'education',
};
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the page did not show: the form's fields the person can fill in, and the sections (experience,
 * education) that have no field here and are only reported.
 */
export function MissingNote({ missing }: { missing: readonly string[] }) {
  const fields = missing
    .filter((field) => field in trackedFieldLabels)
    .map((field) => trackedFieldLabels[field as keyof typeof trackedFieldLabels].toLowerCase());
  const sections = missing.filter((field) => field in sectionLabels).map((field) => sectionLabels[field]!);
  if (fields.length === 0 && sections.length === 0) return null;
  const sentences = [
    ...(fields.length > 0
      ? [
          `Not found on this page: ${fields.join(', ')}. Fill ${fields.length === 1 ? 'it' : 'them'} in if you know ${fields.length === 1 ? 'it' : 'them'}.`,
        ]
      : []),
    ...(sections.length > 0
      ? [`${capitalised(sections.join(' and '))} ${sections.length === 1 ? 'was' : 'were'} not found on this page.`]
      : []),
  ];
  return (
    <p class="notice warn" role="note">
      {sentences.join(' ')}
    </p>
  );
}
