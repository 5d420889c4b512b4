import { describe, expect, it } from 'vitest';
import { snapshotOf } from './capture-changes.ts';
import { contactSchema } from './contact.ts';
import { formStart } from './contact-fields.ts';
import type { ExtractedProfile } from './profile.ts';

const capture: ExtractedProfile = {
  kind: 'profile',
  slug: 'avery-quinlan',
  url: 'https://www.linkedin.com/in/avery-quinlan/',
  name: 'Avery Quinlan',
  headline: 'Designer at Harbor Light Labs',
  location: 'Portland',
  currentTitle: 'Senior Product Designer',
  currentCompany: 'Harbor Light Labs',
  about: null,
  experience: [],
  education: [],
  missing: ['about', 'experience', 'education'],
  degree: null,
  invitationPending: null,
  mutualConnections: null,
};

describe('the form a capture starts', () => {
  it('shows the page for a new person', () => {
    expect(formStart(capture, undefined)).toEqual({
      fields: {
        name: 'Avery Quinlan',
        headline: 'Designer at Harbor Light Labs',
        location: 'Portland',
        currentTitle: 'Senior Product Designer',
        currentCompany: 'Harbor Light Labs',
        url: capture.url,
        notes: '',
      },
      changes: [],
    });
  });

  it('keeps the person’s own edits and applies only what LinkedIn changed since the last capture', () => {
    const saved = contactSchema.parse({
      slug: capture.slug,
      url: capture.url,
      name: 'Avery Q. (met at PDX meetup)',
      headline: 'Designer at Harbor Light Labs',
      currentTitle: 'Product Designer',
      currentCompany: 'Harbor Light Labs',
      location: '',
      notes: 'Ask about accessibility audits',
      status: 'requested',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      statusChangedAt: '2026-11-01T00:00:00.000Z',
      lastCapture: snapshotOf({ ...capture, currentTitle: 'Product Designer', location: null }),
    });
    const { fields, changes } = formStart(capture, saved);
    expect(changes).toEqual([
      { field: 'currentTitle', before: 'Product Designer', after: 'Senior Product Designer' },
      { field: 'location', before: '', after: 'Portland' },
    ]);
    expect(fields).toMatchObject({
      name: 'Avery Q. (met at PDX meetup)',
      currentTitle: 'Senior Product Designer',
      location: 'Portland',
      notes: 'Ask about accessibility audits',
    });
  });

  it('does not report a field the new capture could not read as a change', () => {
    const saved = contactSchema.parse({
      slug: capture.slug,
      url: capture.url,
      name: 'Avery Quinlan',
      headline: 'Designer',
      status: 'prospect',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      statusChangedAt: '2026-11-01T00:00:00.000Z',
      lastCapture: snapshotOf({ ...capture, headline: 'Designer' }),
    });
    const { changes, fields } = formStart({ ...capture, headline: null }, saved);
    expect(changes).toEqual([]);
    expect(fields.headline).toBe('Designer');
  });
});
