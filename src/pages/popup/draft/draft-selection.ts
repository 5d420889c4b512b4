import browser from 'webextension-polyfill';
import { channelSchema } from '../../../core/drafting/draft.ts';
import { z } from '../../../core/z.ts';

const key = 'popup.draftSelection';
const selectionSchema = z.object({ slug: z.string().check(z.minLength(1)), channel: channelSchema });
export type DraftSelection = z.infer<typeof selectionSchema>;

/** The contact and channel last drafted for, so a reopened popup shows the same draft. */
export async function readDraftSelection(): Promise<DraftSelection | null> {
  const stored = (await browser.storage.local.get(key))[key];
  const parsed = selectionSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function writeDraftSelection(selection: DraftSelection): Promise<void> {
  await browser.storage.local.set({ [key]: selection });
}
