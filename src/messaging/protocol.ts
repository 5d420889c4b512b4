import { agendaSchema } from '../core/conversation/agenda.ts';
import { backupLimits, restoreModes, type BackupFile, type RestoreCheck, type RestoreSummary } from '../core/backup/backup-format.ts';
import {
  contactFieldsSchema,
  contactSchema,
  conversationSchema,
  statusSchema,
  timelineEventSchema,
  type Contact,
  type Conversation,
} from '../core/contacts/contact.ts';
import { employerSchema, type Employer } from '../core/employers/employers.ts';
import { meetingNotesSchema } from '../core/conversation/meeting-notes.ts';
import { ownReminderSchema } from '../core/reminders/own-reminder.ts';
import { channelSchema, draftSchema, type Draft } from '../core/drafting/draft.ts';
import { extractedProfileSchema } from '../core/contacts/profile.ts';
import type { ImportPreview } from '../core/import/import-preview.ts';
import { importReadingSchema, maxImportContacts } from '../core/import/import-reading.ts';
import { exportKinds, type ExportOutcome } from '../core/export/export-file.ts';
import { settingsPatchSchema, type Settings } from '../core/settings/settings.ts';
import { z } from '../core/z.ts';

const slug = z.string().check(z.minLength(1), z.maxLength(200));
/** A selection of the network pool: up to the whole of LinkedIn's maximum. */
const slugs = z.array(slug).check(z.maxLength(maxImportContacts));

/** A deleted contact with everything that was theirs, as deleteContact returns it for Undo. */
const deletedContactSchema = z.object({
  contact: contactSchema,
  conversations: z.array(conversationSchema).check(z.maxLength(1_000)),
  timeline: z.array(timelineEventSchema).check(z.maxLength(20_000)),
  drafts: z.array(draftSchema).check(z.maxLength(20)),
  referred: z.array(slug).check(z.maxLength(10_000)),
});
export type DeletedContactRows = z.output<typeof deletedContactSchema>;

/**
 * Every message the extension's pages send to the background, with the schema its payload must
 * match where it lands. Replies are typed by `Replies`; errors travel as values.
 */
export const requestSchemas = {
  saveContact: z.object({
    fields: contactFieldsSchema,
    /** The capture the form was filled from: parsed again here, it came from a LinkedIn page. */
    capture: z.nullable(extractedProfileSchema),
  }),
  moveContact: z.object({
    slug,
    to: statusSchema,
    note: z.optional(z.string().check(z.maxLength(2_000))),
    /** The meeting time, for a move to Scheduled; when it was held, for a move to Met. */
    scheduledFor: z.optional(z.iso.datetime({ offset: true })),
    heldAt: z.optional(z.iso.datetime({ offset: true })),
  }),
  undoMove: z.object({ slug }),
  /** A reminder of the Today view: done, snoozed a day, or dismissed. */
  dueAction: z.object({ slug, key: z.string().check(z.minLength(1), z.maxLength(400)), action: z.enum(['done', 'snooze', 'dismiss']) }),
  adviceActedOn: z.object({ slug, note: z._default(z.string().check(z.maxLength(2_000)), '') }),
  updateContact: z.object({
    slug,
    tags: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50))),
    employerId: z.optional(z.nullable(z.int().check(z.positive()))),
    referredBy: z.optional(z.nullable(slug)),
    keepInTouchDays: z.optional(z.nullable(z.int().check(z.gte(7), z.lte(730)))),
    notes: z.optional(z.string().check(z.maxLength(20_000))),
    email: z.optional(z.union([z.literal(''), z.email()])),
    meetingPlace: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  }),
  saveEmployer: employerSchema,
  deleteEmployer: z.object({ id: z.int().check(z.positive()) }),
  markThanked: z.object({ slug }),
  saveDraft: z.object({
    slug,
    channel: channelSchema,
    subject: z.string().check(z.maxLength(2_000)),
    body: z.string().check(z.maxLength(50_000)),
  }),
  saveSettings: settingsPatchSchema,
  refreshBadge: z.object({}),
  /** "I sent it": the request went out on this channel, so the contact is now requested. */
  markSent: z.object({ slug, channel: channelSchema }),
  setConnection: z.object({ slug, connection: z.string().check(z.maxLength(500)) }),
  saveConversation: z.object({
    slug,
    scheduledFor: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
    agenda: z.optional(z.nullable(agendaSchema)),
    meetingNotes: z.optional(z.nullable(meetingNotesSchema)),
  }),
  /** A backup file's text, checked whole, and what restoring it would change in either mode; writes nothing. */
  previewRestore: z.object({ text: z.string().check(z.maxLength(backupLimits.chars)) }),
  /** A backup file's text: checked whole again where it lands, then written in one transaction. */
  restoreBackup: z.object({ text: z.string().check(z.maxLength(backupLimits.chars)), mode: z.enum(restoreModes) }),
  /** Everything Confab keeps. `confirm` is the number of contacts the person was told would go. */
  deleteEverything: z.object({ confirm: z.int().check(z.gte(0)) }),
  /** "I sent it" beside the conversation page's referral request: a line on the timeline. */
  referralAsked: z.object({ slug }),
  /** The person's own reminder on a contact (a date and a short note), or null to clear it. */
  setOwnReminder: z.object({ slug, reminder: z.nullable(ownReminderSchema) }),
  /** One contact with their conversations, timeline and drafts; the reply carries them for Undo. */
  deleteContact: z.object({ slug }),
  /** Undo of deleteContact: the rows it returned, checked again here before they go back. */
  restoreContact: z.object({ deleted: deletedContactSchema }),
  /** Archive (out of the list, Today and the badge) or restore one contact. */
  archiveContact: z.object({ slug, archived: z.boolean() }),
  /** The same person saved twice: `drop` goes into `keep`, whose profile fields win. */
  mergeContacts: z.object({ keep: slug, drop: slug }),
  /** What an import of LinkedIn's data export would do (the page's worker read the files); writes nothing. */
  previewImport: z.object({ reading: importReadingSchema }),
  /** The import, in one transaction; the reply's id is for Undo import. */
  applyImport: z.object({ reading: importReadingSchema }),
  undoImport: z.object({ id: z.int().check(z.positive()) }),
  /** Network members to Prospect (one, or a selection); returnToNetwork is its undo. */
  makeProspects: z.object({ slugs }),
  returnToNetwork: z.object({ slugs }),
  /** The backup file of everything, checked by reading it back as a restore would; the page downloads it. */
  makeBackup: z.object({}),
  /** One of the export files (CSV, vCard, calendar), or why there is none; the page downloads it. */
  exportFile: z.object({ kind: z.enum(exportKinds) }),
} as const;

export type MessageName = keyof typeof requestSchemas;
export type RequestOf<N extends MessageName> = z.input<(typeof requestSchemas)[N]>;
export type ParsedRequestOf<N extends MessageName> = z.output<(typeof requestSchemas)[N]>;

export interface Replies {
  saveContact: { contact: Contact; created: boolean };
  moveContact: { contact: Contact };
  markThanked: { contact: Contact };
  saveDraft: { draft: Draft };
  saveSettings: { settings: Settings };
  refreshBadge: { pending: number };
  markSent: { contact: Contact };
  undoMove: { contact: Contact };
  dueAction: { contact: Contact };
  adviceActedOn: { contact: Contact };
  updateContact: { contact: Contact };
  saveEmployer: { employer: Employer };
  deleteEmployer: { unlinked: number };
  setConnection: { contact: Contact };
  saveConversation: { conversation: Conversation };
  previewRestore: { check: RestoreCheck };
  restoreBackup: { restored: RestoreSummary };
  deleteEverything: { contacts: number };
  referralAsked: { contact: Contact };
  setOwnReminder: { contact: Contact };
  deleteContact: { deleted: DeletedContactRows };
  restoreContact: { contact: Contact };
  archiveContact: { contact: Contact };
  mergeContacts: { contact: Contact };
  previewImport: { preview: ImportPreview };
  applyImport: { id: number; preview: ImportPreview };
  /** How many contacts were put back as they were (changed ones restored, created ones removed). */
  undoImport: { restored: number };
  makeProspects: { moved: string[] };
  returnToNetwork: { moved: string[] };
  makeBackup: { backup: BackupFile };
  exportFile: { outcome: ExportOutcome };
}

/**
 * The messages whose work can take seconds with 30,000 contacts. The pages send them over a port of
 * their own (send-long.ts), checked where they land as every message is (handle-port.ts); the port
 * carries the progress back and takes a Cancel. Sent as ordinary messages they still work, unwatched.
 */
const longMessageNames = [
  'previewRestore',
  'restoreBackup',
  'makeBackup',
  'exportFile',
  'previewImport',
  'applyImport',
] as const satisfies readonly MessageName[];
export type LongMessageName = (typeof longMessageNames)[number];

export function isLongMessageName(name: MessageName): name is LongMessageName {
  return (longMessageNames as readonly string[]).includes(name);
}

/**
 * `field`: the form field a refusal is about, when it is one (see field-error.ts). `cancelled`: a long
 * message stopped by the page's Cancel, having changed nothing.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; field?: string; cancelled?: true };

export const envelopeSchema = z.object({
  confab: z.literal(1),
  name: z.string().check(z.maxLength(100)),
  payload: z.unknown(),
});

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(requestSchemas, name);
}

export function envelope<N extends MessageName>(name: N, payload: RequestOf<N>) {
  return { confab: 1 as const, name, payload };
}
