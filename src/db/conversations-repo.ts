/**
 * A contact's conversations: the agenda sent ahead, the meeting time and the notes taken. A person
 * usually has one; a later one (after keeping in touch) starts a new record, so the current one is the
 * latest not yet held, else the latest.
 */
import type { Agenda } from '../core/conversation/agenda.ts';
import { conversationSchema, type Contact, type Conversation } from '../core/contacts/contact.ts';
import type { MeetingNotes } from '../core/conversation/meeting-notes.ts';
import { ContactError } from './contact-error.ts';
import { currentConversation } from './current-conversation.ts';
import type { ConfabDb } from './database.ts';
import { withFollowUp } from './follow-ups.ts';

// The reads live apart so the reminders (follow-ups.ts), which this file's writes recompute, can use them too.
export { currentConversation } from './current-conversation.ts';

export interface ConversationChange {
  slug: string;
  scheduledFor?: string | null;
  agenda?: Agenda | null;
  meetingNotes?: MeetingNotes | null;
}

/**
 * Writes the change into the current conversation, starting one when the contact has none. A new time
 * for a meeting already scheduled is the contact's time too (the status move set it first); either way
 * the contact's reminders (confirm the day before) follow the conversation's time.
 */
export async function saveConversation(db: ConfabDb, change: ConversationChange, now: Date = new Date()): Promise<Conversation> {
  return db.transaction('rw', db.contacts, db.conversations, db.settings, async () => {
    const contact: Contact | undefined = await db.contacts.get(change.slug);
    if (!contact) throw new ContactError(`No saved contact has the profile “${change.slug}”.`);
    const existing = await currentConversation(db, change.slug);
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const next = conversationSchema.parse({ ...(existing ?? { slug: change.slug, scheduledFor: null, heldAt: null }), ...defined });
    // The agenda's length is the time box.
    if (next.agenda) next.minutes = Math.min(240, Math.max(5, next.agenda.lengthMinutes));
    const id = await db.conversations.put(next);
    if (change.scheduledFor !== undefined) {
      const moved =
        contact.status === 'scheduled' &&
        next.heldAt === null &&
        change.scheduledFor !== null &&
        change.scheduledFor !== contact.scheduledFor;
      const updated = moved ? { ...contact, scheduledFor: change.scheduledFor, updatedAt: now.toISOString() } : contact;
      await db.contacts.put(await withFollowUp(db, updated, now));
    }
    return { ...next, id };
  });
}
