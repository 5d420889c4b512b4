/**
 * Every contact's `followUpAt` after a restore, worked out from rows already in memory. It is what
 * `refreshAllFollowUps` computes, with the same rules (`plannedFor`, `followUpAtFor`, the current
 * conversation as `currentConversation` picks it), but without one query per contact: a restore of
 * 100,000 people would otherwise spend longer finding conversations than writing them.
 */
import type { Contact, Conversation } from '../core/contacts/contact.ts';
import { dueSettingsOf, type Settings } from '../core/settings/settings.ts';
import { followUpAtFor, plannedFor } from './follow-ups.ts';

/** Per slug, the conversation `currentConversation` returns: the latest not yet held, else the latest. */
export function currentConversations(conversations: readonly Conversation[]): Map<string, Conversation> {
  const latest = new Map<string, Conversation>();
  const open = new Map<string, Conversation>();
  for (const conversation of conversations) {
    const id = conversation.id ?? 0;
    const before = latest.get(conversation.slug);
    if (!before || id >= (before.id ?? 0)) latest.set(conversation.slug, conversation);
    if (conversation.heldAt !== null) continue;
    const openBefore = open.get(conversation.slug);
    if (!openBefore || id >= (openBefore.id ?? 0)) open.set(conversation.slug, conversation);
  }
  for (const [slug, conversation] of open) latest.set(slug, conversation);
  return latest;
}

/**
 * Sets `followUpAt` on each contact given (they are the restore's own copies) and returns those whose
 * value changed, so a merge rewrites only them.
 */
export function recomputeFollowUps(contacts: readonly Contact[], conversations: readonly Conversation[], settings: Settings, now: Date): Contact[] {
  const due = dueSettingsOf(settings);
  const current = currentConversations(conversations);
  const changed: Contact[] = [];
  for (const contact of contacts) {
    const followUpAt = followUpAtFor(plannedFor(contact, current.get(contact.slug), due), now);
    if (followUpAt === contact.followUpAt) continue;
    contact.followUpAt = followUpAt;
    changed.push(contact);
  }
  return changed;
}
