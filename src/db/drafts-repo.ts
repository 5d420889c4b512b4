import type { Channel } from '../core/drafting/channels.ts';
import { draftSchema, type Draft } from '../core/drafting/draft.ts';
import type { ConfabDb } from './database.ts';

export async function saveDraft(
  db: ConfabDb,
  input: { slug: string; channel: Channel; subject: string; body: string },
  now: Date = new Date(),
): Promise<Draft> {
  const draft = draftSchema.parse({ ...input, updatedAt: now.toISOString() });
  await db.drafts.put(draft);
  return draft;
}

export function getDraft(db: ConfabDb, slug: string, channel: Channel): Promise<Draft | undefined> {
  return db.drafts.get([slug, channel]);
}
