import { describe, expect, it } from 'vitest';
import { backupText, compactRows } from './backup-compact.ts';
import { parseBackup } from './backup-parse.ts';
import { contactSchema, conversationSchema } from '../contacts/contact.ts';
import { defaultSettings } from '../settings/settings.ts';

const at = '2026-03-02T09:00:00.000Z';
const contact = contactSchema.parse({
  slug: 'avery',
  name: 'Avery',
  url: 'https://www.linkedin.com/in/avery/',
  status: 'prospect',
  createdAt: at,
  updatedAt: at,
  statusChangedAt: at,
  tags: ['alumni'],
});
const conversation = conversationSchema.parse({ id: 3, slug: 'avery', scheduledFor: null, heldAt: null, minutes: 30 });

describe('a compact backup', () => {
  it('leaves out fields holding their default, keeps the others in the schema’s order', () => {
    expect(compactRows('contacts', [contact])).toEqual([
      {
        name: 'Avery',
        url: 'https://www.linkedin.com/in/avery/',
        slug: 'avery',
        status: 'prospect',
        createdAt: at,
        updatedAt: at,
        statusChangedAt: at,
        tags: ['alumni'],
      },
    ]);
    // scheduledFor and heldAt have no default: null is kept. minutes 30 is not the default 20.
    expect(Object.keys(compactRows('conversations', [conversation])[0]!)).toEqual(['id', 'slug', 'scheduledFor', 'heldAt', 'minutes']);
  });

  it('reads back to the very same rows', () => {
    const tables = {
      contacts: [contact],
      conversations: [conversation],
      timeline: [],
      drafts: [],
      settings: [{ key: 'settings' as const, value: defaultSettings }],
      employers: [],
    };
    const text = backupText({ format: 'confab-backup', schemaVersion: 2, exportedAt: at, tables });
    expect(text.split('\n')[2]).toBe(JSON.stringify(compactRows('contacts', [contact])[0]));
    expect(parseBackup(text)).toEqual({ ok: true, backup: { format: 'confab-backup', schemaVersion: 2, exportedAt: at, tables } });
  });
});
