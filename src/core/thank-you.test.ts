import { describe, expect, it } from 'vitest';
import { contactSchema, type Contact } from './contact.ts';
import { pendingThankYous } from './thank-you.ts';

function contact(slug: string, status: Contact['status'], metAt: string | null): Contact {
  return contactSchema.parse({
    slug,
    name: slug,
    url: `https://www.linkedin.com/in/${slug}/`,
    status,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    statusChangedAt: metAt ?? '2026-11-01T09:00:00.000Z',
    metAt,
  });
}

const timing = (thankYouDelayHours: number, thankYouOverdueHours: number) => ({ thankYouDelayHours, thankYouOverdueHours });

describe('pending thank-you notes', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  const contacts = [
    contact('recent', 'met', '2026-11-23T10:00:00.000Z'),
    contact('oldest', 'met', '2026-11-20T10:00:00.000Z'),
    contact('thanked', 'thanked', '2026-11-19T10:00:00.000Z'),
    contact('prospect', 'prospect', null),
  ];

  it('lists only conversations held and not yet thanked, oldest first', () => {
    expect(pendingThankYous(contacts, timing(24, 48), now).map((p) => p.contact.slug)).toEqual(['oldest', 'recent']);
  });

  it('is due after the delay and overdue after the longer limit', () => {
    const [oldest, recent] = pendingThankYous(contacts, timing(24, 48), now);
    expect(oldest).toMatchObject({ overdue: true, dueAt: '2026-11-21T10:00:00.000Z', overdueAt: '2026-11-22T10:00:00.000Z' });
    expect(recent).toMatchObject({ overdue: false, dueAt: '2026-11-24T10:00:00.000Z', overdueAt: '2026-11-25T10:00:00.000Z' });
  });

  it('follows the settings; an overdue limit shorter than the delay counts as the delay', () => {
    expect(pendingThankYous(contacts, timing(1, 1), now).every((p) => p.overdue)).toBe(true);
    expect(pendingThankYous(contacts, timing(24 * 7, 24 * 8), now).some((p) => p.overdue)).toBe(false);
    expect(pendingThankYous(contacts, timing(24, 1), now).map((p) => p.overdueAt)).toEqual(['2026-11-21T10:00:00.000Z', '2026-11-24T10:00:00.000Z']);
  });
});
