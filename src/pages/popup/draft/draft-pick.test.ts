import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../core/contacts/contact.ts';
import { pickDraftContact } from './draft-pick.ts';

const people = ['ada', 'bea', 'cyrus'].map((slug) => ({ slug, name: slug }) as Contact);
const pick = (remembered: string | null, page: string | null, chosenHere = false) =>
  pickDraftContact(people, remembered, page, chosenHere).slug;

describe('whom Draft opens on', () => {
  it('the saved person on the page in front, over the one drafted for last time', () => {
    expect(pick('ada', 'bea')).toBe('bea');
  });

  it('the one drafted for last time when the page shows nobody saved', () => {
    expect(pick('ada', null)).toBe('ada');
    expect(pick('ada', 'not-saved')).toBe('ada');
  });

  it('the one chosen in this popup, whoever the page shows', () => {
    expect(pick('ada', 'bea', true)).toBe('ada');
  });

  it('else the first by name, also when the remembered one was deleted', () => {
    expect(pick(null, null)).toBe('ada');
    expect(pick('gone', null, true)).toBe('ada');
  });
});
