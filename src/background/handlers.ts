import type { ConfabDb } from '../db/database.ts';
import { channelLabels } from '../core/drafting/channels.ts';
import { saveContact, setConnection } from '../db/contacts-repo.ts';
import { updateContactDetails } from '../db/contact-details-repo.ts';
import { actOnDue, recordAdviceActedOn } from '../db/due-actions-repo.ts';
import { deleteEmployer, saveEmployer } from '../db/employers-repo.ts';
import { refreshAllFollowUps } from '../db/follow-ups.ts';
import { moveContact, undoLastMove } from '../db/moves-repo.ts';
import { saveConversation } from '../db/conversations-repo.ts';
import { saveDraft } from '../db/drafts-repo.ts';
import { writeSettings } from '../db/settings-repo.ts';
import type { Handlers } from '../messaging/handle.ts';
import { checkRestore, restoreFromText } from '../db/backup-repo.ts';
import { makeBackupFile } from '../db/backup-file.ts';
import { buildExportFile } from '../db/export-repo.ts';
import { refreshToolbar } from './toolbar.ts';
import { setOwnReminder } from '../db/own-reminder-repo.ts';
import { deleteEverything } from './delete-everything.ts';
import { recordReferralAsked } from '../db/after-meeting-repo.ts';
import { profileUrlRefusal } from '../core/contacts/profile-identity.ts';
import { FieldError } from '../messaging/field-error.ts';

/** A form filled from one person's page saves that person only: another address would be a silent second contact. */
function checkedUrl<F extends { url: string; name: string }>(fields: F, capture: { slug: string; name: string | null } | null): F {
  const refusal = profileUrlRefusal(fields.url, capture, capture?.name ?? fields.name);
  if (refusal) throw new FieldError('url', refusal);
  return fields;
}
import { archiveContact, unarchiveContact } from '../db/archive-repo.ts';
import { deleteContact, restoreContact } from '../db/contact-removal-repo.ts';
import { mergeContacts } from '../db/merge-repo.ts';
import { applyImport, previewImport, undoImport } from '../db/import-repo.ts';
import { makeProspects, returnToNetwork } from '../db/network-repo.ts';

const date = (iso: string | undefined) => (iso ? new Date(iso) : undefined);

/**
 * The background's answer to every message: each one writes through a repository, then recomputes the
 * badge. The long ones (protocol.ts's longMessageNames) hand their `task` on, to report and cancel.
 */
export function createHandlers(db: ConfabDb, refresh: (db: ConfabDb) => Promise<number> = refreshToolbar): Handlers {
  const afterChange = async <T>(value: T): Promise<T> => {
    await refresh(db);
    return value;
  };
  return {
    saveContact: async ({ fields, capture }) => afterChange(await saveContact(db, { fields: checkedUrl(fields, capture), capture })),
    moveContact: async ({ slug, to, note, scheduledFor, heldAt }) =>
      afterChange({
        contact: await moveContact(db, slug, to, new Date(), note, { scheduledFor: date(scheduledFor), heldAt: date(heldAt) }),
      }),
    undoMove: async ({ slug }) => afterChange({ contact: await undoLastMove(db, slug) }),
    dueAction: async ({ slug, key, action }) => afterChange({ contact: await actOnDue(db, slug, key, action) }),
    adviceActedOn: async ({ slug, note }) => afterChange({ contact: await recordAdviceActedOn(db, slug, note) }),
    updateContact: async ({ slug, ...details }) => afterChange({ contact: await updateContactDetails(db, slug, details) }),
    saveEmployer: async (employer) => ({ employer: await saveEmployer(db, employer) }),
    deleteEmployer: async ({ id }) => ({ unlinked: await deleteEmployer(db, id) }),
    markThanked: async ({ slug }) => afterChange({ contact: await moveContact(db, slug, 'thanked') }),
    saveDraft: async (draft) => ({ draft: await saveDraft(db, draft) }),
    saveSettings: async (patch) => {
      const settings = await writeSettings(db, patch);
      // The reminders' moments depend on the timing settings: recompute them all.
      if (patch.timing || patch.thankYouDelayHours !== undefined) await refreshAllFollowUps(db);
      return afterChange({ settings });
    },
    refreshBadge: async () => ({ pending: await refresh(db) }),
    markSent: async ({ slug, channel }) =>
      afterChange({ contact: await moveContact(db, slug, 'requested', new Date(), `Sent as ${channelLabels[channel].toLowerCase()}`) }),
    setConnection: async ({ slug, connection }) => ({ contact: await setConnection(db, slug, connection) }),
    saveConversation: async (change) => afterChange({ conversation: await saveConversation(db, change) }),
    // The restore recomputes every contact's reminder itself; then the alarm, notifications and badge.
    previewRestore: async ({ text }, task) => ({ check: await checkRestore(db, text, task) }),
    restoreBackup: async ({ text, mode }, task) => afterChange({ restored: await restoreFromText(db, text, mode, new Date(), task) }),
    // Not afterChange: the reminders would write to the storage just emptied.
    deleteEverything: async ({ confirm }) => deleteEverything(db, confirm),
    referralAsked: async ({ slug }) => ({ contact: await recordReferralAsked(db, slug) }),
    setOwnReminder: async ({ slug, reminder }) => afterChange({ contact: await setOwnReminder(db, slug, reminder) }),
    deleteContact: async ({ slug }) => afterChange({ deleted: await deleteContact(db, slug) }),
    restoreContact: async ({ deleted }) => afterChange({ contact: await restoreContact(db, deleted) }),
    archiveContact: async ({ slug, archived }) => afterChange({ contact: await (archived ? archiveContact : unarchiveContact)(db, slug) }),
    mergeContacts: async ({ keep, drop }) => afterChange({ contact: await mergeContacts(db, keep, drop) }),
    previewImport: async ({ reading }, task) => ({ preview: await previewImport(db, reading, new Date(), task) }),
    applyImport: async ({ reading }, task) => afterChange(await applyImport(db, reading, new Date(), task)),
    undoImport: async ({ id }) => afterChange({ restored: await undoImport(db, id) }),
    makeProspects: async ({ slugs }) => afterChange({ moved: await makeProspects(db, slugs) }),
    returnToNetwork: async ({ slugs }) => afterChange({ moved: await returnToNetwork(db, slugs) }),
    makeBackup: async (_payload, task) => ({ backup: await makeBackupFile(db, new Date(), task) }),
    exportFile: async ({ kind }, task) => ({ outcome: await buildExportFile(db, kind, new Date(), task) }),
  };
}
