/**
 * Which of a contact's conversations is the current one. A person usually has one; a later one (after
 * keeping in touch) starts a new record, so the current one is the latest not yet held, else the latest.
 */
import type { Conversation } from '../core/contacts/contact.ts';
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
