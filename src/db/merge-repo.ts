/**
 * Merging two records of the same person (saved under two profile addresses): the kept one keeps its
 * profile fields; the dropped one's conversations, timeline, drafts and referrals move over, tags are
 * joined, notes put together, and the dropped record is deleted. The kept one's reminders are recomputed.
 */
import { contactSchema, timelineEventSchema, type Contact } from '../core/contacts/contact.ts';
import type { Draft } from '../core/drafting/draft.ts';
import { shortAddress } from '../core/contacts/short-address.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

/** Tags of both, each once whatever its case (the kept one's spelling first). */
function tagsOf(keep: Contact, drop: Contact): string[] {
  const tags = new Map(keep.tags.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of drop.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  return [...tags.values()].slice(0, 50);
}

const joined = (a: string, b: string) => [a.trim(), b.trim()].filter(Boolean).join('\n\n').slice(0, 20_000);

/** Who referred them, from either record, never one of the two themselves. */
function referrerOf(keep: Contact, drop: Contact): string | null {
  const both = new Set([keep.slug, drop.slug]);
  return [keep.referredBy, drop.referredBy].find((slug) => slug !== null && !both.has(slug)) ?? null;
}

/** The person's own details the kept record lacks, taken from the dropped one. */
function ownDetails(keep: Contact, drop: Contact) {
  return {
    email: keep.email || drop.email,
    meetingPlace: keep.meetingPlace || drop.meetingPlace,
    connection: keep.connection || drop.connection,
    employerId: keep.employerId ?? drop.employerId,
    keepInTouchDays: keep.keepInTouchDays ?? drop.keepInTouchDays,
  };
}

/** Of two drafts on one channel, the newer. */
const newer = (a: Draft, b: Draft) => (Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a);

export async function mergeContacts(db: ConfabDb, keepSlug: string, dropSlug: string, now: Date = new Date()): Promise<Contact> {
  if (keepSlug === dropSlug) throw new ContactError('Choose another contact to merge with: a contact cannot be merged with itself.');
  return db.transaction('rw', [db.contacts, db.conversations, db.timeline, db.drafts, db.settings], async () => {
    const [keep, drop] = await db.contacts.bulkGet([keepSlug, dropSlug]);
    if (!keep || !drop) throw new ContactError('One of the two contacts is no longer saved: nothing was merged.');
    const at = now.toISOString();

    await db.conversations.where('slug').equals(dropSlug).modify({ slug: keepSlug });
    await db.timeline.where('slug').equals(dropSlug).modify({ slug: keepSlug });
    const [kept, dropped] = await Promise.all([
      db.drafts.where('slug').equals(keepSlug).toArray(),
      db.drafts.where('slug').equals(dropSlug).toArray(),
    ]);
    const byChannel = new Map(kept.map((draft) => [draft.channel, draft]));
    for (const draft of dropped) {
      const mine = byChannel.get(draft.channel);
      byChannel.set(draft.channel, mine ? newer(mine, { ...draft, slug: keepSlug }) : { ...draft, slug: keepSlug });
    }
    await db.drafts.where('slug').equals(dropSlug).delete();
    await db.drafts.bulkPut([...byChannel.values()]);
    // Whom the dropped record referred is now referred by the kept one.
    const referred = await db.contacts.where('referredBy').equals(dropSlug).toArray();
    await db.contacts.bulkPut(referred.filter((other) => other.slug !== keepSlug).map((other) => ({ ...other, referredBy: keepSlug })));
    await db.contacts.delete(dropSlug);

    const parsed = contactSchema.parse({
      ...keep,
      ...ownDetails(keep, drop),
      tags: tagsOf(keep, drop),
      notes: joined(keep.notes, drop.notes),
      referredBy: referrerOf(keep, drop),
      updatedAt: at,
    });
    const contact = await withFollowUp(db, parsed, now);
    await db.contacts.put(contact);
    await db.timeline.add(
      timelineEventSchema.parse({ slug: keepSlug, at, kind: 'merged', detail: `Merged with ${drop.name} (${shortAddress(drop.url)})` }),
    );
    return contact;
  });
}
