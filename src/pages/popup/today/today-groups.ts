/**
 * The Today view's shape: the due reminders of every contact, one row each, in the groups the method
 * thinks in (a thank-you is one job, chasing a request another), most urgent first inside a group.
 * Pure, so the order and the wording are unit-tested without a browser.
 */
import { byUrgency, type DueItem, type DueKind } from '../../../core/reminders/due-items.ts';
import type { DueContact } from '../../../db/follow-ups.ts';
import type { SecondPersons } from '../../../db/second-person.ts';
import { formatDayTime } from '../../../ui/format-date.ts';

type GroupId = 'thank-you' | 'own' | 'follow-up' | 'confirm' | 'agenda' | 'keep-in-touch';

export interface TodayRow {
  slug: string;
  name: string;
  item: DueItem;
  /** Who referred this person, for a thank-you: the loop to close with them too. */
  referrer?: string;
  /** For a second person: the others at the employer not asked yet. */
  second?: SecondPersons;
}

export interface TodayGroup {
  id: GroupId;
  title: string;
  rows: TodayRow[];
}

const groups: readonly { id: GroupId; title: string; kinds: readonly DueKind[] }[] = [
  { id: 'thank-you', title: 'Thank-you notes', kinds: ['thank-you'] },
  { id: 'own', title: 'Your reminders', kinds: ['own-reminder'] },
  { id: 'follow-up', title: 'Follow-ups', kinds: ['follow-up', 'second-contact', 'close-no-reply'] },
  { id: 'confirm', title: 'Confirm', kinds: ['confirm'] },
  { id: 'agenda', title: 'Agenda', kinds: ['agenda'] },
  { id: 'keep-in-touch', title: 'Keep in touch', kinds: ['keep-in-touch', 'close-the-loop'] },
];

/** What a reminder is called in a sentence ("Snooze Avery Quinlan's thank-you a day"). */
export const kindNouns: Record<DueKind, string> = {
  'thank-you': 'thank-you',
  confirm: 'confirmation',
  agenda: 'agenda',
  'follow-up': 'follow-up',
  'second-contact': 'second-person reminder',
  'close-no-reply': 'no-reply reminder',
  'close-the-loop': 'close-the-loop reminder',
  'keep-in-touch': 'keep-in-touch reminder',
  'own-reminder': 'reminder',
};

/** The non-empty groups in their fixed order, each row one reminder, late ones and the oldest first. */
export function groupDue(
  due: readonly DueContact[],
  referrers: ReadonlyMap<string, string> = new Map(),
  seconds: ReadonlyMap<string, SecondPersons> = new Map(),
): TodayGroup[] {
  const rows = due.flatMap(({ contact, items }) =>
    items.map((item) => {
      const referrer = item.kind === 'thank-you' && contact.referredBy ? referrers.get(contact.referredBy) : undefined;
      const second = item.kind === 'second-contact' ? seconds.get(contact.slug) : undefined;
      return { slug: contact.slug, name: contact.name, item, ...(referrer ? { referrer } : {}), ...(second ? { second } : {}) };
    }),
  );
  return groups
    .map(({ id, title, kinds }) => ({
      id,
      title,
      rows: rows.filter((row) => kinds.includes(row.item.kind)).sort((a, b) => byUrgency(a.item, b.item)),
    }))
    .filter((group) => group.rows.length > 0);
}

/** When it was or is due, as the row says it: a suggestion past its moment is simply "due since". */
export function dueWhen(item: DueItem, now: Date): string {
  const at = formatDayTime(item.dueAt);
  if (item.overdue) return `Was due ${at}`;
  return Date.parse(item.dueAt) <= now.getTime() ? `Due since ${at}` : `Due ${at}`;
}

/** The status line after an action, and whether it moved the contact (then it can be undone). */
export function actionStatus(name: string, kind: DueKind, action: 'done' | 'snooze' | 'dismiss'): { text: string; moved: boolean } {
  const noun = `${name}’s ${kindNouns[kind]}`;
  if (action === 'snooze') return { text: `Snoozed ${noun} until tomorrow.`, moved: false };
  if (action === 'dismiss') return { text: `Dismissed ${noun}.`, moved: false };
  if (kind === 'thank-you') return { text: `Marked ${name} as thanked.`, moved: true };
  if (kind === 'close-no-reply') return { text: `Closed ${name} as No reply.`, moved: true };
  if (kind === 'keep-in-touch') return { text: `Noted that you kept in touch with ${name}.`, moved: false };
  return { text: `Done: ${noun}.`, moved: false };
}
