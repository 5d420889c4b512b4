/**
 * The network pool and the pipeline: "make prospect" moves people of the network (one, or a selection
 * of thousands) to Prospect through the state machine, one timeline move each; its undo takes back
 * exactly those moves (undoMove), so the people return to the network as they were. One transaction,
 * one read of the rows and one of their timelines, whatever the number.
 */
import type { Contact, TimelineEvent } from '../core/contacts/contact.ts';
import { applyMove, PipelineError } from '../core/pipeline/pipeline.ts';
import { recomputeFollowUps } from './backup-follow-ups.ts';
import type { ConfabDb } from './database.ts';
import { lastMoveUndone, moveTimelineEvent } from './moves-repo.ts';
import { readSettings } from './settings-repo.ts';

const tables = (db: ConfabDb) => [db.contacts, db.timeline, db.conversations, db.settings];

async function withReminders(db: ConfabDb, contacts: Contact[], now: Date): Promise<Contact[]> {
  const slugs = contacts.map((contact) => contact.slug);
  const conversations = slugs.length ? await db.conversations.where('slug').anyOf(slugs).toArray() : [];
  recomputeFollowUps(contacts, conversations, await readSettings(db), now);
  return contacts;
}

/** Moves the network members among `slugs` to Prospect; answers the slugs moved (others are left). */
export async function makeProspects(db: ConfabDb, slugs: readonly string[], now: Date = new Date()): Promise<string[]> {
  return db.transaction('rw', tables(db), async () => {
    const found = (await db.contacts.bulkGet([...new Set(slugs)])).filter((contact) => contact?.status === 'network') as Contact[];
    const moved = found.map((contact) => applyMove(contact, 'prospect', { at: now }));
    const contacts = moved.map(({ record }) => ({ ...record, updatedAt: now.toISOString() }));
    await db.contacts.bulkPut(await withReminders(db, contacts, now));
    await db.timeline.bulkAdd(moved.map(({ record, event }) => moveTimelineEvent(record.slug, event)));
    return contacts.map((contact) => contact.slug);
  });
}

/**
 * The undo of makeProspects: each prospect among `slugs` whose last move is Network → Prospect gets
 * back what that move overwrote, and the move leaves the timeline. Answers the slugs moved back.
 */
export async function returnToNetwork(db: ConfabDb, slugs: readonly string[], now: Date = new Date()): Promise<string[]> {
  return db.transaction('rw', tables(db), async () => {
    const found = (await db.contacts.bulkGet([...new Set(slugs)])).filter((contact) => contact?.status === 'prospect') as Contact[];
    const events = found.length
      ? await db.timeline
          .where('slug')
          .anyOf(found.map((contact) => contact.slug))
          .toArray()
      : [];
    const bySlug = new Map<string, TimelineEvent[]>();
    for (const event of events) bySlug.set(event.slug, [...(bySlug.get(event.slug) ?? []), event]);
    const contacts: Contact[] = [];
    const removed: number[] = [];
    for (const contact of found) {
      let undone: ReturnType<typeof lastMoveUndone>;
      try {
        undone = lastMoveUndone(contact, bySlug.get(contact.slug) ?? []);
      } catch (error) {
        // No exact undo for this one (its last move is not on the timeline as it is): it is left as it is.
        if (error instanceof PipelineError) continue;
        throw error;
      }
      // Only the move out of the network is taken back: a prospect moved on since stays where they are.
      if (undone.stored.from !== 'network') continue;
      contacts.push({ ...undone.record, updatedAt: now.toISOString() });
      removed.push(undone.stored.id);
    }
    await db.contacts.bulkPut(await withReminders(db, contacts, now));
    await db.timeline.bulkDelete(removed);
    return contacts.map((contact) => contact.slug);
  });
}
