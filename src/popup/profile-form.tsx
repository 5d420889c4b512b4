import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { trackedFieldLabels } from '../core/capture-changes.ts';
import type { Contact } from '../core/contact.ts';
import { formStart, type FormFields } from '../core/contact-fields.ts';
import type { ExtractedProfile } from '../core/profile.ts';
import { endedRoleNote } from '../core/profile-role.ts';
import { statusLabels } from '../core/status.ts';
import { send } from '../messaging/send.ts';
import { formatDay } from '../ui/format-date.ts';
import { EmployerSuggestion } from './employer-suggestion.tsx';

type Fields = FormFields;
type Outcome = { kind: 'saved'; message: string; contact: Contact } | { kind: 'error'; message: string } | null;

const textFields = [
  { key: 'name', label: 'Name', wide: true },
  { key: 'headline', label: 'Headline', wide: true },
  { key: 'currentTitle', label: 'Current title', wide: false },
  { key: 'currentCompany', label: 'Company', wide: false },
  { key: 'location', label: 'Location', wide: false },
  { key: 'url', label: 'Profile URL', wide: false },
] as const;

const missingLabels: Record<string, string> = { ...trackedFieldLabels, about: 'About', experience: 'Experience', education: 'Education' };

interface Props {
  capture: ExtractedProfile;
  /** The contact as it was when the page was read: the form starts from it once. */
  initial: Contact | undefined;
  /** The contact as it is now (after a save, say). */
  existing: Contact | undefined;
}

export function ProfileForm({ capture, initial, existing }: Props) {
  // The form starts once from the capture and the saved contact; later saves must not reset what is typed.
  const [start] = useState(() => formStart(capture, initial));
  const [fields, setFields] = useState<Fields>(start.fields);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The bench reads this mark (P4): the filled form is in the document. A layout effect, because
  // Preact runs plain effects after the next paint, which a hidden page may not have for a while.
  useLayoutEffect(() => void performance.mark('confab:form-filled'), []);
  const missing = capture.missing.filter((field) => field in missingLabels && field !== 'about');

  const update = (key: keyof Fields) => (event: Event) => setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      const { contact, created } = await send('saveContact', { fields, capture });
      setOutcome({ kind: 'saved', message: created ? `Saved ${contact.name} as a prospect.` : `Updated ${contact.name}.`, contact });
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="stack" onSubmit={onSubmit} aria-label="Prospect details">
      {existing && (
        <div class="notice" data-testid="saved-status">
          <p>
            <strong>Already saved</strong> · Status: <span class="pill">{statusLabels[existing.status]}</span>{' '}
            <span class="muted">since {formatDay(existing.statusChangedAt)}</span>{' '}
            <button
              type="button"
              class="link-button"
              aria-label={`Open ${existing.name}'s contact page (a new tab)`}
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`src/options/contact.html?slug=${encodeURIComponent(existing.slug)}`) })}
            >
              Contact page ↗
            </button>
          </p>
          {start.changes.length > 0 ? (
            <>
              <p class="muted">Changed on LinkedIn since the last capture:</p>
              <ul class="changes" data-testid="changes">
                {start.changes.map((change) => (
                  <li key={change.field}>
                    {trackedFieldLabels[change.field]}: {change.before || '(empty)'} → {change.after}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p class="muted">Nothing changed on LinkedIn since the last capture.</p>
          )}
        </div>
      )}
      {missing.length > 0 && (
        <p class="notice warn" role="note">
          Not found on this page: {missing.map((field) => missingLabels[field]?.toLowerCase()).join(', ')}. Fill them in if you know them.
        </p>
      )}
      <div class="form-grid">
        {textFields.map(({ key, label, wide }) => (
          <label key={key} class={`field${wide ? ' wide' : ''}`}>
            {label}
            <input type="text" inputMode={key === 'url' ? 'url' : 'text'} value={fields[key]} onInput={update(key)} required={key === 'name' || key === 'url'} />
            {(key === 'currentTitle' || key === 'currentCompany') && endedRoleNote(capture) && <small class="muted role-note">{endedRoleNote(capture)}</small>}
          </label>
        ))}
        <label class="field wide">
          Notes
          <textarea value={fields.notes} onInput={update('notes')} rows={3} placeholder="Why this person? What do you want to learn?" />
        </label>
      </div>
      <div class="row spread">
        <button type="submit" class="primary" disabled={saving}>
          {existing ? 'Update contact' : 'Save as prospect'}
        </button>
      </div>
      {outcome && (
        <p class={`notice ${outcome.kind === 'saved' ? 'ok' : 'error'}`} role={outcome.kind === 'saved' ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'saved' && <EmployerSuggestion contact={existing ?? outcome.contact} />}
    </form>
  );
}
