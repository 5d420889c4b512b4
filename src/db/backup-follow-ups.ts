/**
 * Every contact's `followUpAt` after a restore, worked out from rows already in memory. It is what
 * `refreshAllFollowUps` computes, with the same rules (`plannedFor`, `followUpAtFor`, the current
 * conversation as `currentConversation` picks it), but without one query per contact: a restore of
 * 100,000 people would otherwise spend longer finding conversations than writing them.
 */
import type { Contact, Conversation } from '../core/contacts/contact.ts';
import { currentConversationOfEach } from '../core/contacts/current-conversation.ts';
import { dueSettingsOf, type Settings } from '../core/settings/settings.ts';
import { followUpAtFor, plannedFor } from './follow-ups.ts';

/**
 * Sets `followUpAt` on each contact given (they are the restore's own copies) and returns those whose
 * value changed, so a merge rewrites only them.
 */
export function recomputeFollowUps(
  contacts: readonly Contact[],
  conversations: readonly Conversation[],
  settings: Settings,
  now: Date,
): Contact[] {
  const due = dueSettingsOf(settings);
  const current = currentConversationOfEach(conversations);
  const changed: Contact[] = [];
  for (const contact of contacts) {
    const followUpAt = followUpAtFor(plannedFor(contact, current.get(contact.slug), due), now);
    if (followUpAt === contact.followUpAt) continue;
    contact.followUpAt = followUpAt;
    changed.push(contact);
  }
  return changed;
}
