/**
 * When each reminder of the method falls, for one contact, in the person's local time (date-fns works
 * on the runtime's time zone, which in the extension is the browser's). Business days are Monday to
 * Friday.
 */
import { addBusinessDays, format, startOfDay, subBusinessDays } from 'date-fns';
import { companyName } from '../contacts/company-name.ts';
import { lastTouch, loopToClose, nextTouchDue } from './keep-in-touch.ts';
import type { PipelineRecord } from '../pipeline/pipeline.ts';
import { thankYouMoments } from './thank-you.ts';
import type { DueSettings } from './timing-settings.ts';

export const dueKinds = [
  'thank-you',
  'confirm',
  'agenda',
  'follow-up',
  'second-contact',
  'close-no-reply',
  'close-the-loop',
  'keep-in-touch',
] as const;
type DueKind = (typeof dueKinds)[number];

export interface FollowUpContact extends PipelineRecord {
  slug: string;
  currentCompany?: string;
  tags?: readonly string[];
  keepInTouchDays?: number | null;
  lastTouchAt?: string | null;
  lastContactedAt?: string | null;
  adviceActedOnAt?: string | null;
  loopClosedAt?: string | null;
}

/** The contact's current conversation, if any: its agreed time wins over the contact's copy. */
export interface MeetingTimes {
  scheduledFor: string | null;
  heldAt: string | null;
}

/** One reminder before it is keyed and matched with its snooze state. */
export interface Rule {
  kind: DueKind;
  label: string;
  /** The date the reminder hangs on: a new request, meeting or touch is a new reminder. */
  anchor: Date;
  showAt: Date;
  dueAt: Date;
  overdueAt: Date | null;
  endsAt: Date | null;
}

const at = (showAt: Date) => ({ showAt, dueAt: showAt });
const dateOf = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** 3B7: a second person after 3 business days, one follow-up after 7, then close as no reply. */
function requestRules(contact: FollowUpContact, s: DueSettings): Rule[] {
  const anchor = new Date(contact.requestedAt ?? contact.statusChangedAt);
  const second = addBusinessDays(anchor, s.secondContactBusinessDays);
  const followUp = addBusinessDays(anchor, s.followUpBusinessDays);
  const close = addBusinessDays(anchor, s.closeNoReplyBusinessDays);
  const employer = companyName(contact.currentCompany ?? '') || 'the same employer';
  return [
    {
      kind: 'second-contact',
      label: `No reply yet: write to a second person at ${employer}`,
      anchor,
      ...at(second),
      overdueAt: followUp,
      endsAt: null,
    },
    { kind: 'follow-up', label: 'Send one short, polite follow-up', anchor, ...at(followUp), overdueAt: close, endsAt: null },
    // A suggestion, never late: no reply is an answer.
    { kind: 'close-no-reply', label: 'Still no reply: close as No reply', anchor, ...at(close), overdueAt: null, endsAt: null },
  ];
}

/**
 * Agenda ahead, confirmation the business day before. Both are late on the day of the meeting and
 * pointless once it has started. A meeting agreed inside the confirmation window needs no confirming.
 */
function meetingRules(contact: FollowUpContact, meeting: MeetingTimes | null, s: DueSettings): Rule[] {
  const anchor = dateOf(meeting?.scheduledFor) ?? dateOf(contact.scheduledFor);
  if (!anchor) return [];
  const common = { anchor, overdueAt: startOfDay(anchor), endsAt: anchor };
  const agenda: Rule = {
    kind: 'agenda',
    label: 'Send the agenda and your questions',
    ...common,
    ...at(subBusinessDays(anchor, s.agendaBusinessDaysBefore)),
  };
  const confirmAt = subBusinessDays(anchor, s.confirmBusinessDaysBefore);
  if (Date.parse(contact.statusChangedAt) >= confirmAt.getTime()) return [agenda];
  return [agenda, { kind: 'confirm', label: `Confirm the conversation on ${format(anchor, 'EEEE')}`, ...common, ...at(confirmAt) }];
}

/** Shown from the meeting on; due and late as the one thank-you rule says (thank-you.ts). */
function thankYouRules(contact: FollowUpContact, meeting: MeetingTimes | null, s: DueSettings): Rule[] {
  const anchor = dateOf(contact.metAt) ?? dateOf(meeting?.heldAt) ?? new Date(contact.statusChangedAt);
  const { dueAt, overdueAt } = thankYouMoments(anchor, s);
  return [{ kind: 'thank-you', label: 'Send your thank-you', anchor, showAt: anchor, dueAt, overdueAt, endsAt: null }];
}

/** Every reminder the contact's status and dates call for, whatever the time now. */
export function rulesFor(contact: FollowUpContact, meeting: MeetingTimes | null, s: DueSettings): Rule[] {
  const rules: Rule[] = [];
  if (contact.status === 'requested') rules.push(...requestRules(contact, s));
  if (contact.status === 'scheduled') rules.push(...meetingRules(contact, meeting, s));
  if (contact.status === 'met') rules.push(...thankYouRules(contact, meeting, s));
  if (contact.status === 'thanked' || contact.status === 'keep-in-touch') {
    const due = nextTouchDue(contact, s);
    rules.push({
      kind: 'keep-in-touch',
      label: 'Time to keep in touch',
      anchor: lastTouch(contact),
      ...at(due),
      overdueAt: null,
      endsAt: null,
    });
  }
  const acted = loopToClose(contact);
  if (acted)
    rules.push({
      kind: 'close-the-loop',
      label: 'Tell them how their advice worked out',
      anchor: acted,
      ...at(acted),
      overdueAt: null,
      endsAt: null,
    });
  return rules;
}
