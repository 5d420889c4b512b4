// A zone without daylight saving and far from UTC, so that local days differ from UTC days (a Monday
// 08:00 meeting in Tokyo is a Sunday in UTC). Set before any Date is made; the DST cases have their own file.
const previousZone = process.env.TZ;
process.env.TZ = 'Asia/Tokyo';

import { afterAll, describe, expect, it } from 'vitest';
import { dismissItem, snoozeItem } from './due-item-states.ts';
import { dueItems, nextDueMoment, planItems, type FollowUpContact } from './due-items.ts';
import { defaultTimingSettings, type DueSettings } from './timing-settings.ts';

afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

const settings: DueSettings = { ...defaultTimingSettings, thankYouDelayHours: 24 };
/** A local time, as the person reads it on their clock. */
const local = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute);
const iso = (month: number, day: number, hour: number, minute = 0) => local(month, day, hour, minute).toISOString();

function contact(status: FollowUpContact['status'], changedAt: Date, extra: Partial<FollowUpContact> = {}): FollowUpContact {
  const at = changedAt.toISOString();
  return { slug: 'ana', status, statusChangedAt: at, requestedAt: null, scheduledFor: null, metAt: null, thankedAt: null, ...extra };
}
const kinds = (items: readonly { kind: string }[]) => items.map((item) => item.kind);

it('runs in the zone this file set', () => {
  expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-540);
});

describe('a request with no reply (3B7)', () => {
  // Sent on Friday afternoon: the weekend does not count.
  const requested = contact('requested', local(3, 6, 16), { requestedAt: iso(3, 6, 16), currentCompany: 'Acme' });

  it('suggests a second person after 3 business days, a follow-up after 7, then closing', () => {
    const plan = planItems(requested, null, settings);
    expect(plan.map((item) => [item.kind, item.dueAt, item.overdueAt])).toEqual([
      ['second-contact', iso(3, 11, 16), iso(3, 17, 16)],
      ['follow-up', iso(3, 17, 16), iso(3, 24, 16)],
      ['close-no-reply', iso(3, 24, 16), null],
    ]);
    expect(plan[0]!.label).toBe('No reply yet: write to a second person at Acme');
  });

  it('names the company without the tagline LinkedIn showed with it', () => {
    const plan = planItems({ ...requested, currentCompany: 'Insighture - We’re hiring' }, null, settings);
    expect(plan[0]!.label).toBe('No reply yet: write to a second person at Insighture');
  });

  it('shows each step only from its day, and marks the missed one late', () => {
    expect(dueItems(requested, null, settings, local(3, 11, 15, 59))).toEqual([]);
    expect(dueItems(requested, null, settings, local(3, 11, 16))).toMatchObject([{ kind: 'second-contact', overdue: false }]);
    expect(dueItems(requested, null, settings, local(3, 18, 9)).map((item) => [item.kind, item.overdue])).toEqual([
      ['second-contact', true],
      ['follow-up', false],
    ]);
  });

  it('counts a Saturday request from Monday', () => {
    const saturday = contact('requested', local(3, 7, 11), { requestedAt: iso(3, 7, 11) });
    expect(planItems(saturday, null, settings)[0]!.dueAt).toBe(iso(3, 11, 11));
  });

  it('hides a snoozed step for a day and a dismissed one for good, and keys a new request afresh', () => {
    const [second] = planItems(requested, null, settings);
    const snoozed = snoozeItem({}, second!.key, local(3, 11, 17));
    expect(dueItems(requested, null, settings, local(3, 12, 16), snoozed)).toEqual([]);
    expect(kinds(dueItems(requested, null, settings, local(3, 12, 17), snoozed))).toEqual(['second-contact']);
    const dismissed = dismissItem(snoozed, second!.key);
    expect(kinds(dueItems(requested, null, settings, local(3, 18, 9), dismissed))).toEqual(['follow-up']);
    const again = { ...requested, requestedAt: iso(4, 6, 9), statusChangedAt: iso(4, 6, 9) };
    expect(kinds(dueItems(again, null, settings, local(4, 9, 9), dismissed))).toEqual(['second-contact']);
  });
});

describe('a scheduled conversation', () => {
  // Agreed on Monday for the next Monday at 08:00.
  const scheduled = contact('scheduled', local(3, 9, 10), { scheduledFor: iso(3, 16, 8) });

  it('asks for the agenda two business days ahead and a confirmation the business day before, in local days', () => {
    const plan = planItems(scheduled, null, settings);
    expect(plan.map((item) => [item.kind, item.dueAt, item.overdueAt, item.endsAt])).toEqual([
      ['agenda', iso(3, 12, 8), iso(3, 16, 0), iso(3, 16, 8)],
      ['confirm', iso(3, 13, 8), iso(3, 16, 0), iso(3, 16, 8)],
    ]);
    expect(plan[1]!.label).toBe('Confirm the conversation on Monday');
  });

  it('marks both late on the day and drops them once the meeting starts', () => {
    expect(dueItems(scheduled, null, settings, local(3, 16, 7)).map((item) => item.overdue)).toEqual([true, true]);
    expect(dueItems(scheduled, null, settings, local(3, 16, 8))).toEqual([]);
  });

  it('takes the time from the conversation, and skips confirming a meeting agreed inside the window', () => {
    const late = contact('scheduled', local(3, 13, 10), { scheduledFor: iso(3, 16, 8) });
    expect(kinds(planItems(late, null, settings))).toEqual(['agenda']);
    const moved = planItems(scheduled, { scheduledFor: iso(3, 18, 14), heldAt: null }, settings);
    expect(moved.map((item) => item.dueAt)).toEqual([iso(3, 16, 14), iso(3, 17, 14)]);
  });
});

describe('after the meeting', () => {
  it('shows the thank-you at once, due the next day for a meeting at 23:30, late the day after', () => {
    const met = contact('met', local(3, 10, 23, 45), { metAt: iso(3, 10, 23, 30) });
    expect(dueItems(met, null, settings, local(3, 10, 23, 45))).toMatchObject([
      { kind: 'thank-you', showAt: iso(3, 10, 23, 30), dueAt: iso(3, 11, 23, 30), overdueAt: iso(3, 12, 23, 30), overdue: false },
    ]);
    expect(dueItems(met, null, settings, local(3, 12, 23, 30))[0]!.overdue).toBe(true);
  });

  it('keeps in touch on the cadence: the contact’s own, else the shortest of its tags, else 90 days; never on a weekend', () => {
    const thanked = contact('thanked', local(3, 11, 10), { thankedAt: iso(3, 11, 10) });
    const tagged = { ...settings, keepInTouchDaysByTag: { Mentor: 60, alumni: 120 } };
    expect(planItems(thanked, null, tagged)[0]!.dueAt).toBe(iso(6, 9, 10));
    expect(planItems({ ...thanked, tags: ['alumni', 'mentor'] }, null, tagged)[0]!.dueAt).toBe(iso(5, 11, 10));
    expect(planItems({ ...thanked, tags: ['mentor'], keepInTouchDays: 30 }, null, tagged)[0]!.dueAt).toBe(iso(4, 10, 10));
    expect(planItems({ ...thanked, lastTouchAt: iso(4, 10, 10), keepInTouchDays: 30 }, null, tagged)[0]!.dueAt).toBe(iso(5, 11, 10));
  });

  it('asks to close the loop once the person acted on the advice, until they have', () => {
    const acted = contact('keep-in-touch', local(3, 20, 9), { thankedAt: iso(3, 12, 9), adviceActedOnAt: iso(4, 2, 18) });
    expect(kinds(dueItems(acted, null, settings, local(4, 2, 18)))).toEqual(['close-the-loop']);
    expect(kinds(dueItems({ ...acted, loopClosedAt: iso(4, 3, 9) }, null, settings, local(4, 3, 10)))).toEqual([]);
  });
});

describe('nextDueMoment', () => {
  const requested = contact('requested', local(3, 6, 16), { requestedAt: iso(3, 6, 16) });

  it('is the next time something appears, turns late or comes back from a snooze', () => {
    const plan = planItems(requested, null, settings);
    expect(nextDueMoment(plan, local(3, 9, 9))).toEqual(local(3, 11, 16));
    expect(nextDueMoment(plan, local(3, 11, 16))).toEqual(local(3, 17, 16));
    const snoozed = planItems(requested, null, settings, snoozeItem({}, plan[0]!.key, local(3, 11, 17)));
    expect(nextDueMoment(snoozed, local(3, 11, 17))).toEqual(local(3, 12, 17));
    expect(nextDueMoment(plan, local(3, 25, 9))).toBeNull();
    expect(nextDueMoment([], local(3, 25, 9))).toBeNull();
  });
});

describe('the network pool', () => {
  it('has no reminders at all, not even one of the person’s own', () => {
    const ownReminder = { at: iso(3, 10, 9), note: 'ask about the team' };
    const pooled = contact('network', local(3, 6, 16), { requestedAt: iso(3, 6, 16), ownReminder, adviceActedOnAt: iso(3, 7, 9) });
    expect(planItems(pooled, null, settings)).toEqual([]);
    expect(planItems({ ...pooled, status: 'prospect' }, null, settings).length).toBeGreaterThan(0);
  });
});
