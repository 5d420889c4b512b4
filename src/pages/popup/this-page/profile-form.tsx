import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../../core/contacts/contact.ts';
import { formStart, type FormFields } from '../../../core/contacts/contact-fields.ts';
import type { ExtractedProfile } from '../../../core/contacts/profile.ts';
import { endedRoleNote } from '../../../core/contacts/profile-role.ts';
import { inPipeline } from '../../../core/pipeline/status.ts';
import { refusalOf, send } from '../../../messaging/send.ts';
import { EmployerSuggestion } from './employer-suggestion.tsx';
import { focusIfNothingIs } from '../focus.ts';
import { MissingNote, SavedStatus } from './saved-status.tsx';

type Fields = FormFields;
type Outcome =
  { kind: 'saved'; message: string; contact: Contact } | { kind: 'error'; message: string; field: keyof Fields | undefined } | null;

const textFields = [
  { key: 'name', label: 'Name', wide: true },
  { key: 'headline', label: 'Headline', wide: true },
  { key: 'currentTitle', label: 'Current title', wide: false },
  { key: 'currentCompany', label: 'Company', wide: false },
  { key: 'location', label: 'Location', wide: true },
  { key: 'url', label: 'Profile URL', wide: true },
] as const;
const fieldKeys = new Set<string>([...textFields.map((field) => field.key), 'notes']);
const inputId = (key: string) => `profile-${key}`;

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
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  // The bench reads this mark (P4): the filled form is in the document. A layout effect, because
  // Preact runs plain effects after the next paint, which a hidden page may not have for a while.
  useLayoutEffect(() => {
    performance.mark('confab:form-filled');
    // The popup opens with nothing focused: start on the first field, unless the person has moved on.
    focusIfNothingIs(document.getElementById(inputId('name')));
  }, []);
  // After a save, the keyboard follows the news: to the field refused, or to the message.
  // A layout effect: a popup opened behind another window may not paint, and plain effects wait for a paint.
  useLayoutEffect(() => {
    if (!outcome) return;
    const field = outcome.kind === 'error' && outcome.field ? document.getElementById(inputId(outcome.field)) : null;
    (field ?? outcomeRef.current)?.focus();
  }, [outcome]);

  const update = (key: keyof Fields) => (event: Event) =>
    setFields({
      ...fields,
      [key]: (event.currentTarget as HTMLInputElement).value,
    });
  const invalid = outcome?.kind === 'error' ? outcome.field : undefined;
  const describedBy = (key: keyof Fields) => (invalid === key ? 'profile-error' : undefined);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      const { contact, created } = await send('saveContact', {
        fields,
        capture,
      });
      setOutcome({
        kind: 'saved',
        message: created ? `Saved ${contact.name} as a prospect.` : `Updated ${contact.name}.`,
        contact,
      });
    } catch (error) {
      const { message, field } = refusalOf(error);
      setOutcome({
        kind: 'error',
        message,
        field: field && fieldKeys.has(field) ? (field as keyof Fields) : undefined,
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    // noValidate: a refusal is Confab's sentence next to the field, not the browser's bubble.
    <form class="stack" onSubmit={onSubmit} aria-label="Prospect details" noValidate>
      {existing && <SavedStatus contact={existing} capture={capture} />}
      <MissingNote missing={capture.missing} />
      <div class="form-grid">
        {textFields.map(({ key, label, wide }) => (
          <div key={key} class={`field${wide ? ' wide' : ''}`}>
            <label class="field">
              {label}
              <input
                id={inputId(key)}
                type="text"
                inputMode={key === 'url' ? 'url' : 'text'}
                value={fields[key]}
                onInput={update(key)}
                required={key === 'name' || key === 'url'}
                aria-invalid={invalid === key ? 'true' : undefined}
                aria-describedby={describedBy(key)}
              />
            </label>
            {(key === 'currentTitle' || key === 'currentCompany') && endedRoleNote(capture) && (
              <small class="muted role-note">{endedRoleNote(capture)}</small>
            )}
            {invalid === key && <FieldErrorText message={outcome?.message ?? ''} />}
          </div>
        ))}
        <div class="field wide">
          <label class="field">
            Notes
            <textarea
              id={inputId('notes')}
              value={fields.notes}
              onInput={update('notes')}
              rows={3}
              placeholder="Why this person? What do you want to learn?"
              aria-invalid={invalid === 'notes' ? 'true' : undefined}
              aria-describedby={describedBy('notes')}
            />
          </label>
          {invalid === 'notes' && <FieldErrorText message={outcome?.message ?? ''} />}
        </div>
      </div>
      <div class="row spread">
        <button type="submit" class="primary" disabled={saving}>
          {/* Someone of the imported network is saved as a prospect: that is what saving them from their page means. */}
          {existing && inPipeline(existing.status) ? 'Update contact' : 'Save as prospect'}
        </button>
      </div>
      {outcome && !invalid && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          class={`notice ${outcome.kind === 'saved' ? 'ok' : 'error'}`}
          role={outcome.kind === 'saved' ? 'status' : 'alert'}
        >
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'saved' && <EmployerSuggestion contact={existing ?? outcome.contact} />}
    </form>
  );
}

/** The refusal next to its field; the field points at it with aria-describedby and takes the focus. */
function FieldErrorText({ message }: { message: string }) {
  return (
    <p id="profile-error" class="field-error" role="alert">
      {message}
    </p>
  );
}
