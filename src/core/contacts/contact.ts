import { agendaSchema } from '../conversation/agenda.ts';
import { dueItemStatesSchema } from '../reminders/due-item-states.ts';
import { relationshipFieldsSchema } from '../reminders/keep-in-touch.ts';
import { moveBeforeSchema } from '../pipeline/pipeline.ts';
import { meetingNotesSchema } from '../conversation/meeting-notes.ts';
import { ownReminderSchema } from '../reminders/own-reminder.ts';
import { educationSchema, experienceSchema } from './profile.ts';
import { statuses } from '../pipeline/status.ts';
import { contactSources } from './contact-source.ts';
import { z } from '../z.ts';

const shortText = z.string().check(z.trim(), z.maxLength(500));
const emptyDefault = z._default(shortText, '');
const longText = z._default(z.string().check(z.maxLength(20_000)), '');
const isoDate = z.iso.datetime({ offset: true });
const nullableDate = z._default(z.nullable(isoDate), null);

export const statusSchema = z.enum(statuses);

/** The editable profile fields the person sees in the This page form. */
export const contactFieldsSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'A contact needs a name.'), z.maxLength(500)),
  headline: emptyDefault,
  currentTitle: emptyDefault,
  currentCompany: emptyDefault,
  location: emptyDefault,
  url: z.url({ protocol: /^https?$/ }),
  notes: longText,
});

const captureSnapshotSchema = z.object({
  name: shortText,
  headline: shortText,
  currentTitle: shortText,
  currentCompany: shortText,
  location: shortText,
});

/** An earlier capture, kept when a later one differs: what LinkedIn showed, and when. */
const datedSnapshotSchema = z.extend(captureSnapshotSchema, { capturedAt: isoDate });

/** How many earlier captures a contact keeps (the oldest are dropped). */
export const maxCaptureHistory = 50;

export const contactSchema = z
  .extend(contactFieldsSchema, {
    slug: z.string().check(z.minLength(1), z.maxLength(200)),
    status: statusSchema,
    about: longText,
    experience: z._default(z.array(experienceSchema).check(z.maxLength(200)), []),
    education: z._default(z.array(educationSchema).check(z.maxLength(100)), []),
    createdAt: isoDate,
    updatedAt: isoDate,
    statusChangedAt: isoDate,
    /** When the request was sent: the 3B7 follow-ups count from here. */
    requestedAt: nullableDate,
    /** The agreed meeting time (also on the conversation). */
    scheduledFor: nullableDate,
    /** Set when the conversation is held (status met); the thank-you is due from then. */
    metAt: nullableDate,
    thankedAt: nullableDate,
    ...relationshipFieldsSchema.shape,
    /** The employer on the user's target list (LAMP) this person works at. */
    employerId: z._default(z.nullable(z.int().check(z.positive())), null),
    /** The contact who suggested this person (a referral); the thank-you list reminds to close that loop. */
    referredBy: z._default(z.nullable(z.string().check(z.minLength(1), z.maxLength(200))), null),
    /**
     * The earliest moment one of this contact's reminders shows (see due-items.ts), recomputed on every
     * write: the Today view and the alarm query this index instead of reading every contact.
     */
    followUpAt: nullableDate,
    /** Reminders of this contact the person snoozed or dismissed, by item key. */
    dueStates: z._default(dueItemStatesSchema, {}),
    lastCapturedAt: nullableDate,
    /** The top card as LinkedIn last showed it, to tell what changed at the next capture. */
    lastCapture: z._default(z.nullable(captureSnapshotSchema), null),
    /**
     * What the user and this person share (school, employer, group, who referred them), written to read
     * after "Hi Avery, ": the {connection} of request templates.
     */
    connection: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
    /** Earlier captures that differed from the one after them, oldest first. */
    captureHistory: z._default(z.array(datedSnapshotSchema).check(z.maxLength(maxCaptureHistory)), []),
    /** The person's e-mail address when they know it (never read from LinkedIn's page): the Email channel's Open in mail, the invite's attendee. */
    email: z._default(z.union([z.literal(''), z.email()]), ''),
    /** Where the conversation happens: a video link, a phone number or a place, carried by the agenda and the invite. */
    meetingPlace: emptyDefault,
    /** A reminder of the person's own ("follow up on Jan 10"), counted into followUpAt; null once done. */
    ownReminder: z._default(z.nullable(ownReminderSchema), null),
    /** When the person archived the contact: out of the list, Today and the badge, kept until restored. */
    archivedAt: nullableDate,
    /** Where the contact came from (see contact-source.ts). */
    source: z._default(z.enum(contactSources), 'manual'),
    /** The day they connected on LinkedIn (`YYYY-MM-DD`), from the data export. */
    connectedOn: z._default(z.nullable(z.iso.date()), null),
    /** When the person's own invitation went out on LinkedIn, from the data export. */
    invitedAt: nullableDate,
    /** The latest message either way on LinkedIn, from the data export: keep-in-touch counts from it too. */
    lastContactedAt: nullableDate,
    /** The import of the data export that last listed them. */
    importedAt: nullableDate,
    /** Set when a newer export no longer lists someone of the network: kept, never deleted. */
    missingFromExportAt: nullableDate,
  })
  .check(
    // The thank-you queries find met contacts through the [status+metAt] index, which skips a null metAt.
    z.refine((contact) => contact.status !== 'met' || contact.metAt !== null, {
      message: 'A contact who was met needs the date of the meeting.',
      path: ['metAt'],
    }),
  );

export const conversationSchema = z.object({
  id: z.optional(z.int().check(z.positive())),
  slug: z.string().check(z.minLength(1)),
  scheduledFor: z.nullable(isoDate),
  heldAt: z.nullable(isoDate),
  minutes: z._default(z.int().check(z.gte(5), z.lte(240)), 20),
  notes: longText,
  /** The agenda sent ahead (its length is the conversation's time box). */
  agenda: z._default(z.nullable(agendaSchema), null),
  meetingNotes: z._default(z.nullable(meetingNotesSchema), null),
});

const timelineKinds = [
  'saved',
  'updated',
  'status',
  'thanked',
  'note',
  'changedJobs',
  'touch',
  'adviceActedOn',
  'loopClosed',
  'referral',
  'merged',
] as const;

export const timelineEventSchema = z.object({
  id: z.optional(z.int().check(z.positive())),
  slug: z.string().check(z.minLength(1)),
  at: isoDate,
  kind: z.enum(timelineKinds),
  from: z._default(z.nullable(statusSchema), null),
  to: z._default(z.nullable(statusSchema), null),
  detail: z._default(z.string().check(z.maxLength(2_000)), ''),
  /** The person's own note on a move or a touch. */
  note: z._default(z.string().check(z.maxLength(2_000)), ''),
  /** For a status move: what it overwrote, so it can be undone exactly. */
  before: z._default(z.nullable(moveBeforeSchema), null),
});

export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type DatedSnapshot = z.infer<typeof datedSnapshotSchema>;
