/**
 * The follow-up list: what the method asks the person to do next, for whom, by when. `planItems` gives
 * every reminder of a contact whatever the time (the background needs the future ones to set its one
 * alarm); `dueNow` keeps those to show at a given moment.
 */
import { dueKinds as methodKinds, rulesFor, type FollowUpContact as RuleContact, type MeetingTimes, type Rule } from './due-item-rules.ts';
import type { DueItemStates } from './due-item-states.ts';
import { inPipeline } from '../pipeline/status.ts';
import { ownReminderLabel, ownReminderTimes, type OwnReminder } from './own-reminder.ts';
import type { DueSettings } from './timing-settings.ts';

export type { MeetingTimes };

/** The method's reminders, then the person's own. */
const dueKinds = [...methodKinds, 'own-reminder'] as const;
export type DueKind = (typeof dueKinds)[number];

export interface FollowUpContact extends RuleContact {
  ownReminder?: OwnReminder | null;
}

/**
 * The method's rules and the person's own reminder, each with its kind, label and moments. The
 * network pool is not the pipeline: its thousands of people have no reminders at all.
 */
function allRules(contact: FollowUpContact, meeting: MeetingTimes | null, settings: DueSettings) {
  if (!inPipeline(contact.status)) return [];
  const rules: (Omit<Rule, 'kind'> & { kind: DueKind })[] = rulesFor(contact, meeting, settings);
  if (contact.ownReminder)
    rules.push({ kind: 'own-reminder', label: ownReminderLabel(contact.ownReminder), ...ownReminderTimes(contact.ownReminder) });
  return rules;
}

export interface PlannedItem {
  /** Stable per occurrence (contact, kind, the date it hangs on): what a snooze or dismissal is kept under. */
  key: string;
  slug: string;
  kind: DueKind;
  label: string;
  /** When it enters the list. */
  showAt: string;
  /** When it should be done: the time the list shows. */
  dueAt: string;
  /** When it is late; null for suggestions, which never are. */
  overdueAt: string | null;
  /** After this it no longer makes sense (an agenda once the meeting has started). */
  endsAt: string | null;
  snoozedUntil: string | null;
}

export interface DueItem extends PlannedItem {
  overdue: boolean;
}

export function dueItemKey(slug: string, kind: DueKind, anchor: Date): string {
  return `${slug}|${kind}|${anchor.toISOString()}`;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Every reminder of one contact, without the dismissed ones, each with its snooze if any. */
export function planItems(
  contact: FollowUpContact,
  meeting: MeetingTimes | null,
  settings: DueSettings,
  states: DueItemStates = {},
): PlannedItem[] {
  return allRules(contact, meeting, settings).flatMap((rule) => {
    const key = dueItemKey(contact.slug, rule.kind, rule.anchor);
    const state = states[key];
    if (state?.dismissed) return [];
    return [
      {
        key,
        slug: contact.slug,
        kind: rule.kind,
        label: rule.label,
        showAt: rule.showAt.toISOString(),
        dueAt: rule.dueAt.toISOString(),
        overdueAt: iso(rule.overdueAt),
        endsAt: iso(rule.endsAt),
        snoozedUntil: state?.snoozedUntil ?? null,
      },
    ];
  });
}

const time = (isoDate: string | null) => (isoDate === null ? null : Date.parse(isoDate));

function isShowing(item: PlannedItem, now: Date): boolean {
  const t = now.getTime();
  const ends = time(item.endsAt);
  const snoozed = time(item.snoozedUntil);
  return time(item.showAt)! <= t && (ends === null || t < ends) && (snoozed === null || snoozed <= t);
}

/** Late ones first, then by when they are due; on a tie, in the order of the kinds (thank-you first). */
export function byUrgency(a: DueItem, b: DueItem): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    a.dueAt.localeCompare(b.dueAt) ||
    dueKinds.indexOf(a.kind) - dueKinds.indexOf(b.kind) ||
    a.slug.localeCompare(b.slug)
  );
}

/** What the list shows at `now`, most urgent first. Works across contacts: pass all their items. */
export function dueNow(items: readonly PlannedItem[], now: Date): DueItem[] {
  return items
    .filter((item) => isShowing(item, now))
    .map((item) => ({ ...item, overdue: item.overdueAt !== null && Date.parse(item.overdueAt) <= now.getTime() }))
    .sort(byUrgency);
}

/** The follow-up list of one contact at `now`. */
export function dueItems(
  contact: FollowUpContact,
  meeting: MeetingTimes | null,
  settings: DueSettings,
  now: Date,
  states: DueItemStates = {},
): DueItem[] {
  return dueNow(planItems(contact, meeting, settings, states), now);
}

/**
 * The next moment the list changes: an item appears, turns late, ends or comes back from a snooze.
 * The background sets its one alarm there and recomputes everything when it fires; null: nothing ahead.
 */
export function nextDueMoment(items: readonly PlannedItem[], now: Date): Date | null {
  const t = now.getTime();
  let next = Infinity;
  for (const item of items) {
    for (const moment of [item.showAt, item.overdueAt, item.endsAt, item.snoozedUntil]) {
      const m = time(moment);
      if (m !== null && m > t && m < next) next = m;
    }
  }
  return next === Infinity ? null : new Date(next);
}
