// Daylight saving in Berlin: clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October.
// Node applies a TZ set at run time to Dates made afterwards; it is set before any Date is made.
const previousZone = process.env.TZ;
process.env.TZ = 'Europe/Berlin';

import { afterAll, describe, expect, it } from 'vitest';
import { snoozeItem } from './due-item-states.ts';
import { planItems, type FollowUpContact } from './due-items.ts';
import { defaultTimingSettings, type DueSettings } from './timing-settings.ts';

afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

const settings: DueSettings = { ...defaultTimingSettings, thankYouDelayHours: 24 };
const local = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute);
const iso = (month: number, day: number, hour: number, minute = 0) => local(month, day, hour, minute).toISOString();

function contact(status: FollowUpContact['status'], changedAt: string, extra: Partial<FollowUpContact> = {}): FollowUpContact {
  return { slug: 'ben', status, statusChangedAt: changedAt, requestedAt: null, scheduledFor: null, metAt: null, thankedAt: null, ...extra };
}

describe('follow-up times across a daylight-saving change (Europe/Berlin)', () => {
  it('runs in the zone this file set', () => {
    expect(local(1, 15, 12).getTimezoneOffset()).toBe(-60);
    expect(local(7, 15, 12).getTimezoneOffset()).toBe(-120);
  });

  it('keeps the clock time of a thank-you due over the spring change (23 hours later)', () => {
    const met = contact('met', iso(3, 28, 20), { metAt: iso(3, 28, 20) });
    const [thankYou] = planItems(met, null, settings);
    expect(thankYou).toMatchObject({ dueAt: iso(3, 29, 20), overdueAt: iso(3, 30, 20) });
    expect(Date.parse(thankYou!.dueAt) - local(3, 28, 20).getTime()).toBe(23 * 3_600_000);
  });

  it('keeps the clock time of the 3B7 steps over the change', () => {
    const requested = contact('requested', iso(3, 27, 16), { requestedAt: iso(3, 27, 16) });
    expect(planItems(requested, null, settings).map((item) => item.dueAt)).toEqual([iso(4, 1, 16), iso(4, 7, 16), iso(4, 14, 16)]);
  });

  it('confirms a Monday meeting after the autumn change on the Friday before, at the same clock time', () => {
    const scheduled = contact('scheduled', iso(10, 19, 9), { scheduledFor: iso(10, 26, 9) });
    const plan = planItems(scheduled, null, settings);
    expect(plan.map((item) => [item.kind, item.dueAt])).toEqual([
      ['agenda', iso(10, 22, 9)],
      ['confirm', iso(10, 23, 9)],
    ]);
    expect(plan[1]!.overdueAt).toBe(iso(10, 26, 0));
  });

  it('keeps in touch 90 calendar days on, moved off the weekend', () => {
    const thanked = contact('thanked', iso(1, 5, 10), { thankedAt: iso(1, 5, 10) });
    // 5 January + 90 days is Sunday 5 April, summer time: Monday 6 April at 10:00.
    expect(planItems(thanked, null, settings)[0]!.dueAt).toBe(iso(4, 6, 10));
  });

  it('snoozes to the same clock time the next day', () => {
    const states = snoozeItem({}, 'ben|thank-you|x', local(3, 28, 22));
    expect(states['ben|thank-you|x']!.snoozedUntil).toBe(iso(3, 29, 22));
  });
});
