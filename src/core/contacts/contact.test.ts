import { describe, expect, it } from 'vitest';
import { contactFieldsSchema, contactSchema, timelineEventSchema } from './contact.ts';
import { extractionSchema } from './profile.ts';

const base = {
  slug: 'avery-quinlan',
  name: 'Avery Quinlan',
  url: 'https://www.linkedin.com/in/avery-quinlan/',
  status: 'prospect',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  statusChangedAt: '2026-11-23T10:00:00.000Z',
};

describe('schemas', () => {
  it('fills a minimal contact with empty defaults', () => {
    const contact = contactSchema.parse(base);
    expect(contact).toMatchObject({ headline: '', notes: '', experience: [], metAt: null, lastCapture: null });
  });

  it('restores a stored capture with or without the relationship a later capture reads', () => {
    const snapshot = { name: 'Avery Quinlan', headline: 'Engineer', currentTitle: '', currentCompany: '', location: '' };
    const relationship = { degree: 2, invitationPending: true, mutualConnections: { count: 14, names: ['Jane Roe'] } };
    const withFields = { ...base, lastCapturedAt: base.createdAt, lastCapture: { ...snapshot, ...relationship } };
    expect(contactSchema.parse(withFields).lastCapture).toEqual(snapshot);
    expect(contactSchema.parse({ ...withFields, lastCapture: snapshot }).lastCapture).toEqual(snapshot);
  });

  it('rejects a contact without a name, with a bad status or a bad date', () => {
    expect(contactFieldsSchema.safeParse({ name: '  ', url: base.url }).success).toBe(false);
    expect(contactSchema.safeParse({ ...base, status: 'hired' }).success).toBe(false);
    expect(contactSchema.safeParse({ ...base, createdAt: 'yesterday' }).success).toBe(false);
  });

  it('requires the meeting date of a contact who was met', () => {
    expect(contactSchema.safeParse({ ...base, status: 'met' }).error?.issues[0]).toMatchObject({
      path: ['metAt'],
      message: 'A contact who was met needs the date of the meeting.',
    });
    expect(contactSchema.safeParse({ ...base, status: 'met', metAt: base.createdAt }).success).toBe(true);
  });

  it('trims the form fields and caps their length', () => {
    expect(contactFieldsSchema.parse({ name: '  Avery  ', url: base.url }).name).toBe('Avery');
    expect(contactFieldsSchema.safeParse({ name: 'x'.repeat(501), url: base.url }).success).toBe(false);
  });

  it('describes a timeline event', () => {
    const event = timelineEventSchema.parse({ slug: 'a', at: base.createdAt, kind: 'status', from: 'met', to: 'thanked' });
    expect(event.detail).toBe('');
    expect(timelineEventSchema.safeParse({ slug: 'a', at: base.createdAt, kind: 'hacked' }).success).toBe(false);
  });

  it('accepts what a capture returns and refuses anything else', () => {
    expect(extractionSchema.safeParse({ kind: 'authwall' }).success).toBe(true);
    expect(extractionSchema.safeParse({ kind: 'profile', slug: 'x' }).success).toBe(false);
    expect(extractionSchema.safeParse({ kind: 'script', code: 'alert(1)' }).success).toBe(false);
    expect(extractionSchema.safeParse('<img onerror=alert(1)>').success).toBe(false);
  });
});
