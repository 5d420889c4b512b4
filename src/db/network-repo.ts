/**
 * The network pool and the pipeline: "make prospect" moves people of the network (one, or a selection
 * of thousands) to Prospect through the state machine, one timeline move each; its undo takes back
 * exactly those moves (undoMove), so the people return to the network as they were. One transaction,
 * one read of the rows and one of their timelines, whatever the number.
 */
import type { Contact, TimelineEvent } from '../core/contacts/contact.ts';
import { applyMove, undoMove } from '../core/pipeline/pipeline.ts';
import { recomputeFollowUps } from './backup-follow-ups.ts';
import type { ConfabDb } from './database.ts';
import { asMove, moveTimelineEvent } from './moves-repo.ts';
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
    for (const event of events) if (asMove(event)) bySlug.set(event.slug, [...(bySlug.get(event.slug) ?? []), event]);
    const contacts: Contact[] = [];
    const removed: number[] = [];
    for (const contact of found) {
      const moves = bySlug.get(contact.slug) ?? [];
      const last = moves.reduce<TimelineEvent | undefined>(
        (latest, event) => (!latest || event.at >= latest.at ? event : latest),
        undefined,
      );
      if (last?.from !== 'network' || last.id === undefined) continue;
      const { record } = undoMove(contact, [asMove(last)!]);
      contacts.push({ ...record, updatedAt: now.toISOString() });
      removed.push(last.id);
    }
    await db.contacts.bulkPut(await withReminders(db, contacts, now));
    await db.timeline.bulkDelete(removed);
    return contacts.map((contact) => contact.slug);
  });
}
