// Tokyo, without daylight saving and nine hours ahead of UTC: a reminder at 08:00 on Jan 10 is Jan 9 in
// UTC, so a day counted in UTC would show it a day early or make it late at the wrong hour. Set before
// any Date is made.
const previousZone = process.env.TZ;
process.env.TZ = 'Asia/Tokyo';

import { afterAll, describe, expect, it } from 'vitest';
import { snoozeItem } from './due-item-states.ts';
import { dueItems, nextDueMoment, planItems, type FollowUpContact } from './due-items.ts';
import { ownReminderSchema } from './own-reminder.ts';
import { defaultTimingSettings, type DueSettings } from './timing-settings.ts';

afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

const settings: DueSettings = { ...defaultTimingSettings, thankYouDelayHours: 24 };
const local = (month: number, day: number, hour: number, minute = 0) => new Date(2027, month - 1, day, hour, minute);
const iso = (month: number, day: number, hour: number, minute = 0) => local(month, day, hour, minute).toISOString();

const prospect: FollowUpContact = {
  slug: 'ana',
  status: 'prospect',
  statusChangedAt: iso(1, 2, 9),
  requestedAt: null,
  scheduledFor: null,
  metAt: null,
  thankedAt: null,
};
const withOwn = (at: string, note = 'Ask how the launch went', extra: Partial<FollowUpContact> = {}): FollowUpContact => ({
  ...prospect,
  ...extra,
  ownReminder: { at, note },
});

describe('a reminder of one’s own', () => {
  it('runs in the zone this file set', () => {
    expect(iso(1, 10, 8)).toBe('2027-01-09T23:00:00.000Z');
  });

  it('shows from its moment on the local day, with the note, and is late from the next local day', () => {
    const contact = withOwn(iso(1, 10, 8));
    expect(planItems(contact, null, settings)).toEqual([
      {
        key: `ana|own-reminder|${iso(1, 10, 8)}`,
        slug: 'ana',
        kind: 'own-reminder',
        label: 'Your reminder: Ask how the launch went',
        showAt: iso(1, 10, 8),
        dueAt: iso(1, 10, 8),
        overdueAt: iso(1, 11, 0),
        endsAt: null,
        snoozedUntil: null,
      },
    ]);
    expect(dueItems(contact, null, settings, local(1, 10, 7, 59))).toEqual([]);
    expect(dueItems(contact, null, settings, local(1, 10, 23, 59))).toMatchObject([{ kind: 'own-reminder', overdue: false }]);
    expect(dueItems(contact, null, settings, local(1, 11, 0))).toMatchObject([{ kind: 'own-reminder', overdue: true }]);
  });

  it('says what it is for without a note', () => {
    expect(planItems(withOwn(iso(1, 10, 8), ''), null, settings)[0]!.label).toBe('Your reminder to follow up');
  });

  it('stands beside the method’s reminders, and a snooze moves it a day', () => {
    const requested = withOwn(iso(1, 5, 9), 'Coffee?', { status: 'requested', requestedAt: iso(1, 4, 9), statusChangedAt: iso(1, 4, 9) });
    const plan = planItems(requested, null, settings);
    expect(plan.map((item) => item.kind)).toEqual(['second-contact', 'follow-up', 'close-no-reply', 'own-reminder']);
    expect(nextDueMoment(plan, local(1, 4, 10))).toEqual(local(1, 5, 9));
    const own = plan.at(-1)!;
    const states = snoozeItem({}, own.key, local(1, 5, 10));
    expect(dueItems(requested, null, settings, local(1, 5, 10), states)).toEqual([]);
    expect(dueItems(requested, null, settings, local(1, 6, 10), states)).toMatchObject([{ kind: 'own-reminder', overdue: true }]);
  });

  it('is a date and a note of at most 500 characters', () => {
    expect(ownReminderSchema.safeParse({ at: iso(1, 10, 8), note: '  Call  ' })).toMatchObject({ success: true, data: { note: 'Call' } });
    expect(ownReminderSchema.safeParse({ at: '2027-01-10', note: 'Call' }).success).toBe(false);
    expect(ownReminderSchema.safeParse({ at: 'Jan 10', note: 'Call' }).success).toBe(false);
    expect(ownReminderSchema.safeParse({ at: iso(1, 10, 8), note: 'x'.repeat(501) }).success).toBe(false);
    expect(ownReminderSchema.safeParse({ at: iso(1, 10, 8), note: 'x'.repeat(500) }).success).toBe(true);
  });
});
