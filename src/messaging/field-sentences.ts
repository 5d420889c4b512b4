import type { z } from '../core/z.ts';
import { notAProfileAddress } from '../core/contacts/profile-identity.ts';
import type { MessageName } from './protocol.ts';

interface FieldSentences {
  /** The form field the person is pointed at. */
  field: string;
  /** A sentence per zod issue code the person can meet by typing in that field. */
  byCode: Partial<Record<string, string>>;
}

/**
 * The refusals a person can meet filling in a form, as sentences saying what to do, by message and
 * payload path. Anything else a schema refuses (a wrong type, an unknown key) cannot come from
 * Confab's own forms and keeps its technical description.
 */
const sentences: Partial<Record<MessageName, Record<string, FieldSentences>>> = {
  saveContact: {
    'fields.name': {
      field: 'name',
      byCode: { too_small: 'A contact needs a name: write it in Name.', too_big: 'The name is too long: keep it under 500 characters.' },
    },
    'fields.url': { field: 'url', byCode: { invalid_format: notAProfileAddress } },
    'fields.notes': { field: 'notes', byCode: { too_big: 'The notes are too long: keep them under 20,000 characters.' } },
  },
  updateContact: {
    email: { field: 'email', byCode: { invalid_format: 'This is not an e-mail address: check it, or leave the field empty.' } },
  },
};

/** The first issue as a sentence and its field, when the person could have caused it; otherwise null. */
export function fieldRefusal(name: MessageName, error: z.core.$ZodError): { error: string; field: string } | null {
  const issue = error.issues[0];
  if (!issue) return null;
  const entry = sentences[name]?.[issue.path.join('.')];
  const sentence = entry?.byCode[issue.code];
  return entry && sentence ? { error: sentence, field: entry.field } : null;
}
