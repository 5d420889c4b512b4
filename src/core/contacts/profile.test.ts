import { describe, expect, it } from 'vitest';
import { extractedProfileSchema } from './profile.ts';

const before = {
  kind: 'profile',
  slug: 'avery-quinlan',
  url: 'https://www.linkedin.com/in/avery-quinlan/',
  name: 'Avery Quinlan',
  headline: null,
  location: null,
  currentTitle: null,
  currentCompany: null,
  about: null,
  experience: [],
  education: [],
  missing: ['headline'],
};

describe('extractedProfileSchema', () => {
  it('reads a capture made before the relationship fields existed as showing none', () => {
    expect(extractedProfileSchema.parse(before)).toMatchObject({ degree: null, invitationPending: null, mutualConnections: null });
  });

  it('keeps the relationship a capture states', () => {
    const relationship = { degree: 2, invitationPending: true, mutualConnections: { count: 14, names: ['Jane Roe', 'John Doe'] } };
    expect(extractedProfileSchema.parse({ ...before, ...relationship })).toMatchObject(relationship);
  });

  it.each([
    ['a degree of 4', { degree: 4 }],
    ['a degree as text', { degree: '2nd' }],
    ['a negative count', { mutualConnections: { count: -1, names: [] } }],
    ['a fractional count', { mutualConnections: { count: 1.5, names: [] } }],
    ['an empty name', { mutualConnections: { count: 1, names: [''] } }],
    ['a pending flag as text', { invitationPending: 'yes' }],
  ])('refuses %s', (_, field) => {
    expect(extractedProfileSchema.safeParse({ ...before, ...field }).success).toBe(false);
  });
});
