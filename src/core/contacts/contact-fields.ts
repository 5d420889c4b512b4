import { changesSince, snapshotOf, trackedFields, type FieldChange } from './capture-changes.ts';
import type { Contact } from './contact.ts';
import type { ExtractedProfile } from './profile.ts';

export type FormFields = Record<'name' | 'headline' | 'currentTitle' | 'currentCompany' | 'location' | 'url' | 'notes', string>;

export interface FormStart {
  fields: FormFields;
  /** What LinkedIn shows differently since the last capture (empty for a new contact). */
  changes: FieldChange[];
}

/**
 * The values the This page form starts from. A new person: what the page shows. A saved contact: what
 * was saved (the person's own edits win), except the fields LinkedIn changed since the last capture,
 * and fields left empty that the page now fills.
 */
export function formStart(capture: ExtractedProfile, existing: Contact | undefined): FormStart {
  const captured = snapshotOf(capture);
  if (!existing) return { fields: { ...captured, url: capture.url, notes: '' }, changes: [] };
  const changes = changesSince(existing.lastCapture, captured);
  const changed = new Set(changes.map((change) => change.field));
  const fields: FormStart['fields'] = {
    url: existing.url,
    notes: existing.notes,
    name: existing.name,
    headline: '',
    currentTitle: '',
    currentCompany: '',
    location: '',
  };
  for (const field of trackedFields) {
    const saved = existing[field];
    fields[field] = changed.has(field) || saved === '' ? captured[field] || saved : saved;
  }
  return { fields, changes };
}
