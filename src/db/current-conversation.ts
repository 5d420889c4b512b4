/** A contact's current conversation read from the database, by the one rule in core. */
import type { Conversation } from '../core/contacts/contact.ts';
import { currentConversationOfEach } from '../core/contacts/current-conversation.ts';
import type { ConfabDb } from './database.ts';

export async function currentConversation(db: ConfabDb, slug: string): Promise<Conversation | undefined> {
  return currentConversationOfEach(await db.conversations.where('slug').equals(slug).toArray()).get(slug);
}

/** The current conversation of each of these contacts, in one query on the slug index. */
export async function currentConversations(db: ConfabDb, slugs: readonly string[]): Promise<Map<string, Conversation | undefined>> {
  const current =
    slugs.length > 0
      ? currentConversationOfEach(
          await db.conversations
            .where('slug')
            .anyOf([...slugs])
            .toArray(),
        )
      : new Map<string, Conversation>();
  return new Map(slugs.map((slug) => [slug, current.get(slug)]));
}
