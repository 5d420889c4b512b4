import { expect, it } from 'vitest';
import { requestSchemas } from './protocol.ts';

const at = '2027-01-10T08:00:00.000Z';

it('takes a contact, a date and a note of up to 500 characters, or null to clear', () => {
  const message = requestSchemas.setOwnReminder;
  expect(message.safeParse({ slug: 'a', reminder: { at, note: 'x'.repeat(500) } }).success).toBe(true);
  expect(message.safeParse({ slug: 'a', reminder: { at, note: 'x'.repeat(501) } }).success).toBe(false);
  expect(message.safeParse({ slug: 'a', reminder: { at: 'tomorrow', note: '' } }).success).toBe(false);
  expect(message.safeParse({ slug: 'a', reminder: { note: 'no date' } }).success).toBe(false);
  expect(message.safeParse({ slug: 'a', reminder: null }).success).toBe(true);
  expect(message.safeParse({ slug: '', reminder: null }).success).toBe(false);
});
