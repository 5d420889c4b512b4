/**
 * The reminders of the method, stored so they can be queried on an index: each contact carries
 * `followUpAt`, the earliest moment one of its reminders shows (and has not ended), recomputed whenever
 * the contact, its conversation or the settings change, and when the background wakes for an alarm. The
 * Today view, the badge and the alarm then read only the contacts with something due.
 */
import { Dexie } from 'dexie';
import type { Contact, Conversation } from '../core/contacts/contact.ts';
import { dueNow, nextDueMoment, planItems, type DueItem, type PlannedItem } from '../core/reminders/due-items.ts';
import { dueSettingsOf, type Settings } from '../core/settings/settings.ts';
import type { DueSettings } from '../core/reminders/timing-settings.ts';
import { currentConversation, currentConversations } from './current-conversation.ts';
import type { ConfabDb } from './database.ts';
import { readSettings } from './settings-repo.ts';

const meetingOf = (conversation: Conversation | undefined) =>
  conversation ? { scheduledFor: conversation.scheduledFor, heldAt: conversation.heldAt } : null;

/** An archived contact has no reminders: nothing in Today, no followUpAt, no badge, until restored. */
export function plannedFor(contact: Contact, conversation: Conversation | undefined, settings: DueSettings): PlannedItem[] {
  if (contact.archivedAt) return [];
  return planItems(contact, meetingOf(conversation), settings, contact.dueStates);
}

/** The earliest moment a reminder not yet over shows (a snoozed one: when the snooze ends). */
export function followUpAtFor(items: readonly PlannedItem[], now: Date): string | null {
  let earliest: number | null = null;
  for (const item of items) {
    if (item.endsAt !== null && Date.parse(item.endsAt) <= now.getTime()) continue;
    const shows = Math.max(Date.parse(item.showAt), item.snoozedUntil ? Date.parse(item.snoozedUntil) : 0);
    if (earliest === null || shows < earliest) earliest = shows;
  }
  return earliest === null ? null : new Date(earliest).toISOString();
}

/** The contact with its `followUpAt` brought up to date (call inside the write's transaction). */
export async function withFollowUp(db: ConfabDb, contact: Contact, now: Date, settings?: Settings): Promise<Contact> {
  const due = dueSettingsOf(settings ?? (await readSettings(db)));
  const items = plannedFor(contact, await currentConversation(db, contact.slug), due);
  return { ...contact, followUpAt: followUpAtFor(items, now) };
}

/** Recomputes every contact's `followUpAt`: after a change of the timing settings. */
export async function refreshAllFollowUps(db: ConfabDb, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', db.contacts, db.conversations, db.settings, async () => {
    const settings = dueSettingsOf(await readSettings(db));
    const contacts = await db.contacts.toArray();
    const conversations = await currentConversations(
      db,
      contacts.map((contact) => contact.slug),
    );
    const updated = contacts.map((contact) => ({
      ...contact,
      followUpAt: followUpAtFor(plannedFor(contact, conversations.get(contact.slug), settings), now),
    }));
    await db.contacts.bulkPut(updated);
    return updated.length;
  });
}

export interface DueContact {
  contact: Contact;
  items: DueItem[];
}

/** Contacts whose reminders may show by `now`: a range on the followUpAt index, never a full scan. */
function candidates(db: ConfabDb, now: Date) {
  return db.contacts.where('followUpAt').between(Dexie.minKey, now.toISOString(), true, true);
}

/** What is due now, per contact, most urgent first. */
export async function dueContacts(db: ConfabDb, now: Date = new Date()): Promise<DueContact[]> {
  const settings = dueSettingsOf(await readSettings(db));
  const contacts = await candidates(db, now).toArray();
  const conversations = await currentConversations(
    db,
    contacts.map((contact) => contact.slug),
  );
  const due: DueContact[] = [];
  for (const contact of contacts) {
    const items = dueNow(plannedFor(contact, conversations.get(contact.slug), settings), now);
    if (items.length > 0) due.push({ contact, items });
  }
  return due.sort((a, b) => Date.parse(a.items[0]!.dueAt) - Date.parse(b.items[0]!.dueAt));
}

/**
 * The next moment something changes in the Today view: a reminder shows, falls due, becomes overdue or ends. From
 * the contacts already showing (their next transition) and the first one whose followUpAt is later.
 */
export async function nextFollowUpMoment(db: ConfabDb, now: Date = new Date()): Promise<Date | null> {
  const settings = dueSettingsOf(await readSettings(db));
  const showing = await candidates(db, now).toArray();
  const conversations = await currentConversations(
    db,
    showing.map((contact) => contact.slug),
  );
  const planned = showing.flatMap((contact) => plannedFor(contact, conversations.get(contact.slug), settings));
  const later = await db.contacts.where('followUpAt').above(now.toISOString()).first();
  // A reminder shown early (a thank-you, from the meeting on) also falls due later: notify then.
  const falling = planned.map((item) => new Date(item.dueAt)).filter((due) => due.getTime() > now.getTime());
  const moments = [nextDueMoment(planned, now), later?.followUpAt ? new Date(later.followUpAt) : null, ...falling].filter(
    (d): d is Date => d !== null,
  );
  return moments.length > 0 ? new Date(Math.min(...moments.map((d) => d.getTime()))) : null;
}

/**
 * Brings `followUpAt` forward for the contacts whose reminders have ended (a confirmation once the
 * meeting started), so the index keeps pointing at what is still to come. Run when the background wakes.
 */
export async function settleFollowUps(db: ConfabDb, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', db.contacts, db.conversations, db.settings, async () => {
    const settings = dueSettingsOf(await readSettings(db));
    const contacts = await candidates(db, now).toArray();
    const conversations = await currentConversations(
      db,
      contacts.map((contact) => contact.slug),
    );
    const changed = contacts
      .map((contact) => ({ ...contact, followUpAt: followUpAtFor(plannedFor(contact, conversations.get(contact.slug), settings), now) }))
      .filter((updated, i) => updated.followUpAt !== contacts[i]!.followUpAt);
    await db.contacts.bulkPut(changed);
    return changed.length;
  });
}
