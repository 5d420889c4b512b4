/** The words of a contact's deletion: what goes with them, for the confirmation and the Undo notice. */
import type { DeletedContactRows } from '../../messaging/protocol.ts';

export interface DeletionCounts {
  conversations: number;
  timeline: number;
  drafts: number;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Avery Quinlan and their 2 conversations, 14 timeline events and 1 draft" (what is nothing is left out). */
export function deletionPhrase(name: string, counts: DeletionCounts): string {
  const parts = [
    counts.conversations > 0 ? counted(counts.conversations, 'conversation', 'conversations') : '',
    counts.timeline > 0 ? counted(counts.timeline, 'timeline event', 'timeline events') : '',
    counts.drafts > 0 ? counted(counts.drafts, 'draft', 'drafts') : '',
  ].filter(Boolean);
  if (parts.length === 0) return name;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${name} and their ${list}`;
}

export const countsOf = (deleted: DeletedContactRows): DeletionCounts => ({
  conversations: deleted.conversations.length,
  timeline: deleted.timeline.length,
  drafts: deleted.drafts.length,
});
