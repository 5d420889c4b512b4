/**
 * "Later" in the method: keep in touch on a cadence, never only when you need something, and close
 * the loop when you act on someone's advice. These are the contact fields that drive those reminders.
 */
import { addDays, isWeekend, max, nextMonday } from 'date-fns';
import type { TimingSettings } from './timing-settings.ts';
import { z } from '../z.ts';

const isoDate = z.iso.datetime({ offset: true });
const nullableDate = z._default(z.nullable(isoDate), null);

/** To be merged into the contact schema beside the pipeline dates. */
export const relationshipFieldsSchema = z.object({
  /** The last keep-in-touch message or call the person recorded. */
  lastTouchAt: nullableDate,
  /** Set when the person records acting on this contact's advice: a close-the-loop note is then due. */
  adviceActedOnAt: nullableDate,
  loopClosedAt: nullableDate,
  /** This contact's own cadence in days; null follows the tags, then the general setting. */
  keepInTouchDays: z._default(z.nullable(z.int().check(z.gte(7), z.lte(730))), null),
  tags: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(50)), []),
});

export interface CadenceContact {
  keepInTouchDays?: number | null;
  tags?: readonly string[];
}

/**
 * The contact's own cadence wins; else the shortest cadence among its tags (someone tagged both
 * "mentor" and "alumni" is seen as often as a mentor); else the general setting. Tags match whatever
 * their case.
 */
export function keepInTouchCadence(
  contact: CadenceContact,
  settings: Pick<TimingSettings, 'keepInTouchDays' | 'keepInTouchDaysByTag'>,
): number {
  if (contact.keepInTouchDays != null) return contact.keepInTouchDays;
  const byTag = new Map(Object.entries(settings.keepInTouchDaysByTag).map(([tag, days]) => [tag.trim().toLowerCase(), days]));
  const tagged = (contact.tags ?? []).map((tag) => byTag.get(tag.trim().toLowerCase())).filter((days) => days !== undefined);
  return tagged.length > 0 ? Math.min(...tagged) : settings.keepInTouchDays;
}

export interface TouchDates {
  statusChangedAt: string;
  thankedAt?: string | null;
  lastTouchAt?: string | null;
  loopClosedAt?: string | null;
  /** The latest message either way, from LinkedIn's data export. */
  lastContactedAt?: string | null;
}

/**
 * Any message after the meeting counts as a touch: the thank-you, a closed loop, a recorded touch, the
 * latest message either way that an import of LinkedIn's export found. Keep-in-touch counts from the
 * last real interaction.
 */
export function lastTouch(contact: TouchDates): Date {
  const dates = [contact.statusChangedAt, contact.thankedAt, contact.lastTouchAt, contact.loopClosedAt, contact.lastContactedAt];
  return max(dates.filter((date): date is string => typeof date === 'string').map((date) => new Date(date)));
}

/** A nudge to write to someone is no use on a Saturday: it moves to Monday, at the same time. */
function onWorkingDay(date: Date): Date {
  return isWeekend(date) ? nextMonday(date) : date;
}

export function nextTouchDue(
  contact: TouchDates & CadenceContact,
  settings: Pick<TimingSettings, 'keepInTouchDays' | 'keepInTouchDaysByTag'>,
): Date {
  return onWorkingDay(addDays(lastTouch(contact), keepInTouchCadence(contact, settings)));
}

/** Acted on the advice and not yet told them since. */
export function loopToClose(contact: { adviceActedOnAt?: string | null; loopClosedAt?: string | null }): Date | null {
  if (!contact.adviceActedOnAt) return null;
  const acted = new Date(contact.adviceActedOnAt);
  if (contact.loopClosedAt && Date.parse(contact.loopClosedAt) >= acted.getTime()) return null;
  return acted;
}
