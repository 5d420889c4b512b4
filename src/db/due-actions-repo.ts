/**
 * What the person does with a reminder in the Today view: do it, snooze it a day, or dismiss it.
 * Doing it records what was done where the method has a record for it (a thank-you moves the
 * contact to Thanked, keeping in touch is a dated touch, closing the loop is dated); the rest (agenda
 * sent, confirmed, followed up) is a timeline line, and the reminder goes.
 */
import { timelineEventSchema, type Contact } from '../core/contacts/contact.ts';
import { dismissItem, restoreItem, snoozeItem } from '../core/reminders/due-item-states.ts';
import { dueItemKey, type DueKind } from '../core/reminders/due-items.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';
import { moveContact } from './moves-repo.ts';

export type DueAction = 'done' | 'snooze' | 'dismiss';

const doneLines: Partial<Record<DueKind, string>> = {
  agenda: 'Agenda sent ahead',
  confirm: 'Conversation confirmed',
  'follow-up': 'Sent one short follow-up',
  'second-contact': 'Wrote to a second person at the employer',
  'own-reminder': 'Did your reminder',
};

/**
 * The person's own reminder goes when done or dismissed, with its snooze if any (only the one this key
 * is about, not one set since).
 */
function clearOwn(contact: Contact, key: string): Contact {
  const own = contact.ownReminder;
  const current = own !== null && dueItemKey(contact.slug, 'own-reminder', new Date(own.at)) === key;
  return { ...contact, ownReminder: current ? null : own, dueStates: restoreItem(contact.dueStates, key) };
}

/** The kind from an item key (`slug|kind|anchor`), checked against the contact. */
function kindOf(key: string, slug: string): DueKind {
  const [keySlug, kind] = key.split('|');
  if (keySlug !== slug || !kind) throw new ContactError('This reminder does not belong to that contact.');
  return kind as DueKind;
}

export async function actOnDue(db: ConfabDb, slug: string, key: string, action: DueAction, now: Date = new Date()): Promise<Contact> {
  const kind = kindOf(key, slug);
  if (action === 'done' && kind === 'thank-you') return moveContact(db, slug, 'thanked', now);
  if (action === 'done' && kind === 'close-no-reply') return moveContact(db, slug, 'no-reply', now);
  return db.transaction('rw', [db.contacts, db.timeline, db.conversations, db.settings], async () => {
    const existing = await db.contacts.get(slug);
    if (!existing) throw new ContactError(`No saved contact has the profile “${slug}”.`);
    const at = now.toISOString();
    let next: Contact = { ...existing, updatedAt: at };
    if (action === 'snooze') next.dueStates = snoozeItem(existing.dueStates, key, now, 1);
    else if (kind === 'own-reminder') next = clearOwn(next, key);
    else if (action === 'dismiss') next.dueStates = dismissItem(existing.dueStates, key);
    else if (kind === 'keep-in-touch') next = { ...next, lastTouchAt: at };
    else if (kind === 'close-the-loop') next = { ...next, loopClosedAt: at };
    else next.dueStates = dismissItem(existing.dueStates, key);
    const contact = await withFollowUp(db, next, now);
    await db.contacts.put(contact);
    if (action === 'done') {
      const detail =
        kind === 'keep-in-touch' ? 'Kept in touch' : kind === 'close-the-loop' ? 'Closed the loop' : (doneLines[kind] ?? 'Done');
      const eventKind = kind === 'keep-in-touch' ? 'touch' : kind === 'close-the-loop' ? 'loopClosed' : 'note';
      const note = kind === 'own-reminder' ? (existing.ownReminder?.note ?? '') : '';
      await db.timeline.add(timelineEventSchema.parse({ slug, at, kind: eventKind, detail, note }));
    }
    return contact;
  });
}

/** The person acted on this contact's advice: a close-the-loop note is now due. */
export async function recordAdviceActedOn(db: ConfabDb, slug: string, note: string, now: Date = new Date()): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.timeline, db.conversations, db.settings], async () => {
    const existing = await db.contacts.get(slug);
    if (!existing) throw new ContactError(`No saved contact has the profile “${slug}”.`);
    const at = now.toISOString();
    const contact = await withFollowUp(db, { ...existing, adviceActedOnAt: at, updatedAt: at }, now);
    await db.contacts.put(contact);
    await db.timeline.add(timelineEventSchema.parse({ slug, at, kind: 'adviceActedOn', detail: 'Acted on their advice', note }));
    return contact;
  });
}
