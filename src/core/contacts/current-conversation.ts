/**
 * The one rule for which of a contact's conversations is current. A person usually has one; a later one
 * (after keeping in touch) starts a new record, so the current one is the latest (highest id) not yet
 * held, else the latest. The reminders, the exports and the restore all ask this.
 */
import type { Conversation } from './contact.ts';

/** Each contact's current conversation, by slug, in one pass over any number of conversations. */
export function currentConversationOfEach(conversations: readonly Conversation[]): Map<string, Conversation> {
  const latest = new Map<string, Conversation>();
  const latestOpen = new Map<string, Conversation>();
  for (const conversation of conversations) {
    const later = (than: Conversation | undefined) => !than || (conversation.id ?? 0) >= (than.id ?? 0);
    if (later(latest.get(conversation.slug))) latest.set(conversation.slug, conversation);
    if (conversation.heldAt === null && later(latestOpen.get(conversation.slug))) latestOpen.set(conversation.slug, conversation);
  }
  return new Map([...latest].map(([slug, conversation]) => [slug, latestOpen.get(slug) ?? conversation]));
}
