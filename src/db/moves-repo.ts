/**
 * Status moves, through the pure state machine (core/pipeline.ts): each move is stored with a dated
 * timeline event that remembers what it overwrote, so the last one can be undone exactly. The meeting
 * dates are mirrored into the contact's current conversation, and its reminders are recomputed.
 */
import { conversationSchema, timelineEventSchema, type Contact, type TimelineEvent } from '../core/contacts/contact.ts';
import { applyMove, PipelineError, undoMove, type MoveEvent, type MoveOptions } from '../core/pipeline/pipeline.ts';
import { statusLabels, type Status } from '../core/pipeline/status.ts';
import { ContactError } from './contact-error.ts';
import { currentConversation } from './conversations-repo.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

const tables = (db: ConfabDb) => [db.contacts, db.timeline, db.conversations, db.settings];

/** The timeline's line of a move: "Prospect → Requested · the note", with what it overwrote for undo. */
export function moveTimelineEvent(slug: string, event: MoveEvent): TimelineEvent {
  return timelineEventSchema.parse({
    slug,
    at: event.at,
    kind: event.to === 'thanked' ? 'thanked' : 'status',
    from: event.from,
    to: event.to,
    detail: `${statusLabels[event.from]} → ${statusLabels[event.to]}${event.note ? ` · ${event.note}` : ''}`,
    note: event.note,
    before: event.before,
  });
}

async function existingContact(db: ConfabDb, slug: string): Promise<Contact> {
  const contact = await db.contacts.get(slug);
  if (!contact) throw new ContactError(`No saved contact has the profile “${slug}”.`);
  return contact;
}

/** The conversation carries the meeting's time and when it was held. */
async function mirrorMeeting(db: ConfabDb, contact: Contact, to: Status): Promise<void> {
  if (to !== 'scheduled' && to !== 'met') return;
  const open = await currentConversation(db, contact.slug);
  const change = to === 'scheduled' ? { scheduledFor: contact.scheduledFor } : { heldAt: contact.metAt };
  if (open?.id !== undefined && open.heldAt === null) await db.conversations.update(open.id, change);
  else
    await db.conversations.add(
      conversationSchema.parse({ slug: contact.slug, scheduledFor: contact.scheduledFor, heldAt: null, ...change }),
    );
}

export async function moveContact(
  db: ConfabDb,
  slug: string,
  to: Status,
  now: Date = new Date(),
  note = '',
  details: Pick<MoveOptions, 'scheduledFor' | 'heldAt'> = {},
): Promise<Contact> {
  return db.transaction('rw', tables(db), async () => {
    const existing = await existingContact(db, slug);
    // A meeting fixed without a time (the popup's quick move) is taken as today's: it can be changed.
    const scheduledFor =
      to === 'scheduled' ? (details.scheduledFor ?? (existing.scheduledFor ? new Date(existing.scheduledFor) : now)) : undefined;
    const { record, event } = applyMove(existing, to, { at: now, note, scheduledFor, heldAt: details.heldAt });
    const contact = await withFollowUp(db, { ...record, updatedAt: event.at }, now);
    await db.contacts.put(contact);
    await db.timeline.add(moveTimelineEvent(slug, event));
    await mirrorMeeting(db, contact, to);
    return contact;
  });
}

const asMove = (event: TimelineEvent): MoveEvent | null =>
  event.from && event.to && event.before ? { from: event.from, to: event.to, at: event.at, note: event.note, before: event.before } : null;

/**
 * The undo of a contact's last move, from its timeline events: the record with what the move
 * overwrote, and the stored event to delete. Throws PipelineError when there is none to undo exactly.
 */
export function lastMoveUndone(
  contact: Contact,
  events: readonly TimelineEvent[],
): { record: Contact; stored: TimelineEvent & { id: number } } {
  const moves = events.filter((event) => asMove(event) !== null);
  const { record, removedEvent } = undoMove(
    contact,
    moves.map((event) => asMove(event)!),
  );
  const stored = moves.find((event) => event.at === removedEvent.at && event.to === removedEvent.to);
  if (stored?.id === undefined) throw new PipelineError('The move to undo is not on the timeline.');
  return { record, stored: stored as TimelineEvent & { id: number } };
}

/** Takes back the last status move: the contact gets back what it overwrote, and its event goes. */
export async function undoLastMove(db: ConfabDb, slug: string, now: Date = new Date()): Promise<Contact> {
  return db.transaction('rw', tables(db), async () => {
    const existing = await existingContact(db, slug);
    const { record, stored } = lastMoveUndone(existing, await db.timeline.where('slug').equals(slug).toArray());
    await db.timeline.delete(stored.id);
    if (stored.to === 'met') {
      const held = await currentConversation(db, slug);
      if (held?.id !== undefined && held.heldAt === existing.metAt) await db.conversations.update(held.id, { heldAt: null });
    }
    const contact = await withFollowUp(db, { ...record, updatedAt: now.toISOString() }, now);
    await db.contacts.put(contact);
    return contact;
  });
}
