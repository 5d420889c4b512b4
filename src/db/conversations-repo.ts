/**
 * A contact's conversations: the agenda sent ahead, the meeting time and the notes taken. A person
 * usually has one; a later one (after keeping in touch) starts a new record, so the current one is the
 * latest not yet held, else the latest.
 */
import type { Agenda } from '../core/agenda.ts';
import { conversationSchema, type Contact, type Conversation } from '../core/contact.ts';
import type { MeetingNotes } from '../core/meeting-notes.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';

/** Of one contact's conversations, the latest not yet held, else the latest. */
function pickCurrent(all: readonly Conversation[]): Conversation | undefined {
  const sorted = [...all].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  return sorted.filter((conversation) => conversation.heldAt === null).at(-1) ?? sorted.at(-1);
}

export async function currentConversation(db: ConfabDb, slug: string): Promise<Conversation | undefined> {
  return pickCurrent(await db.conversations.where('slug').equals(slug).toArray());
}

/** The current conversation of each of these contacts, in one query on the slug index. */
export async function currentConversations(db: ConfabDb, slugs: readonly string[]): Promise<Map<string, Conversation | undefined>> {
  const bySlug = new Map<string, Conversation[]>(slugs.map((slug) => [slug, []]));
  if (slugs.length > 0) for (const conversation of await db.conversations.where('slug').anyOf([...slugs]).toArray()) bySlug.get(conversation.slug)?.push(conversation);
  return new Map([...bySlug].map(([slug, all]) => [slug, pickCurrent(all)]));
}

export interface ConversationChange {
  slug: string;
  scheduledFor?: string | null;
  agenda?: Agenda | null;
  meetingNotes?: MeetingNotes | null;
}

/** Writes the change into the current conversation, starting one when the contact has none. */
export async function saveConversation(db: ConfabDb, change: ConversationChange): Promise<Conversation> {
  return db.transaction('rw', db.contacts, db.conversations, async () => {
    const contact: Contact | undefined = await db.contacts.get(change.slug);
    if (!contact) throw new ContactError(`No saved contact has the profile “${change.slug}”.`);
    const existing = await currentConversation(db, change.slug);
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const next = conversationSchema.parse({ ...(existing ?? { slug: change.slug, scheduledFor: null, heldAt: null }), ...defined });
    // The agenda's length is the time box.
    if (next.agenda) next.minutes = Math.min(240, Math.max(5, next.agenda.lengthMinutes));
    const id = await db.conversations.put(next);
    return { ...next, id };
  });
}
