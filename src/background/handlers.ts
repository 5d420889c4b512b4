import type { ConfabDb } from '../db/database.ts';
import { channelLabels } from '../core/channels.ts';
import { saveContact, setConnection } from '../db/contacts-repo.ts';
import { moveContact } from '../db/moves-repo.ts';
import { saveConversation } from '../db/conversations-repo.ts';
import { saveDraft } from '../db/drafts-repo.ts';
import { writeSettings } from '../db/settings-repo.ts';
import type { Handlers } from '../messaging/handle.ts';
import { refreshBadge } from './badge.ts';

/** The background's answer to every message: each one writes through a repository, then recomputes the badge. */
export function createHandlers(db: ConfabDb, refresh: (db: ConfabDb) => Promise<number> = refreshBadge): Handlers {
  const afterChange = async <T>(value: T): Promise<T> => {
    await refresh(db);
    return value;
  };
  return {
    saveContact: async ({ fields, capture }) => afterChange(await saveContact(db, { fields, capture })),
    moveContact: async ({ slug, to }) => afterChange({ contact: await moveContact(db, slug, to) }),
    markThanked: async ({ slug }) => afterChange({ contact: await moveContact(db, slug, 'thanked') }),
    saveDraft: async (draft) => ({ draft: await saveDraft(db, draft) }),
    saveSettings: async (patch) => afterChange({ settings: await writeSettings(db, patch) }),
    refreshBadge: async () => ({ pending: await refresh(db) }),
    markSent: async ({ slug, channel }) => afterChange({ contact: await moveContact(db, slug, 'requested', new Date(), `Sent as ${channelLabels[channel].toLowerCase()}`) }),
    setConnection: async ({ slug, connection }) => ({ contact: await setConnection(db, slug, connection) }),
    saveConversation: async (change) => afterChange({ conversation: await saveConversation(db, change) }),
  };
}
