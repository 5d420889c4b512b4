import { z } from '../z.ts';

/**
 * What the user wrote down during or right after a conversation. The method calls these notes the raw
 * material of the thank-you: one piece of advice to quote, what the user will do next, and any
 * question left to clarify. The free notes are for the user alone.
 */
const isoDate = z.iso.datetime({ offset: true });
const itemId = z.string().check(z.minLength(1), z.maxLength(40));
const itemText = z.string().check(z.trim(), z.minLength(1, 'A note needs some text.'), z.maxLength(1_000));

const adviceItemSchema = z.object({ id: itemId, text: itemText });

/** A step is done once the user has acted on it, which is when closing the loop makes sense. */
const nextStepSchema = z.object({ id: itemId, text: itemText, doneAt: z._default(z.nullable(isoDate), null) });

/** The messages written after the conversation, each of which the user may rewrite in their own words. */
/** @public: read as a type alongside it. */
export const afterMeetingDraftIds = ['thank-you', 'referral', 'close-loop'] as const;
export type AfterMeetingDraftId = (typeof afterMeetingDraftIds)[number];

/** A draft as the user rewrote it; while there is none, the page shows the one written from the notes. */
const editedDraftSchema = z.object({
  subject: z._default(z.string().check(z.maxLength(2_000)), ''),
  body: z.string().check(z.maxLength(20_000)),
});

export const meetingNotesSchema = z.object({
  slug: z.string().check(z.minLength(1), z.maxLength(200)),
  conversationId: z._default(z.nullable(z.int().check(z.positive())), null),
  notes: z._default(z.string().check(z.maxLength(20_000)), ''),
  advice: z._default(z.array(adviceItemSchema).check(z.maxLength(50)), []),
  nextSteps: z._default(z.array(nextStepSchema).check(z.maxLength(50)), []),
  clarifyingQuestion: z._default(z.string().check(z.trim(), z.maxLength(1_000)), ''),
  /** The advice the thank-you quotes; the first one when null or when that item was removed. */
  quotedAdviceId: z._default(z.nullable(itemId), null),
  updatedAt: isoDate,
  /** The after-meeting drafts the user edited, by id; notes stored before this field have none. */
  drafts: z._default(
    z.object({
      'thank-you': z.optional(editedDraftSchema),
      referral: z.optional(editedDraftSchema),
      'close-loop': z.optional(editedDraftSchema),
    }),
    {},
  ),
});

export type AdviceItem = z.infer<typeof adviceItemSchema>;
export type NextStep = z.infer<typeof nextStepSchema>;
export type MeetingNotes = z.infer<typeof meetingNotesSchema>;
export type EditedDraft = z.infer<typeof editedDraftSchema>;

/** The user's version of one draft, or (with null) back to the one written from the notes. */
export function setEditedDraft(notes: MeetingNotes, id: AfterMeetingDraftId, draft: EditedDraft | null): MeetingNotes {
  const drafts = { ...notes.drafts };
  if (draft) drafts[id] = draft;
  else delete drafts[id];
  return { ...notes, drafts };
}

export function emptyMeetingNotes(slug: string, now: Date, conversationId: number | null = null): MeetingNotes {
  return meetingNotesSchema.parse({ slug, conversationId, updatedAt: now.toISOString() });
}

/** The next free `note-N` id across both lists, so an id never changes meaning after an edit. */
function nextNoteId(notes: MeetingNotes): string {
  const taken = [...notes.advice, ...notes.nextSteps]
    .map((item) => /^note-(\d+)$/.exec(item.id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  return `note-${Math.max(0, ...taken) + 1}`;
}

/** Blank text adds nothing: an empty row in the form is not a piece of advice. */
export function addAdvice(notes: MeetingNotes, text: string): MeetingNotes {
  const trimmed = text.trim();
  return trimmed ? { ...notes, advice: [...notes.advice, { id: nextNoteId(notes), text: trimmed }] } : notes;
}

export function addNextStep(notes: MeetingNotes, text: string): MeetingNotes {
  const trimmed = text.trim();
  return trimmed ? { ...notes, nextSteps: [...notes.nextSteps, { id: nextNoteId(notes), text: trimmed, doneAt: null }] } : notes;
}

export function removeNoteItem(notes: MeetingNotes, id: string): MeetingNotes {
  return {
    ...notes,
    advice: notes.advice.filter((item) => item.id !== id),
    nextSteps: notes.nextSteps.filter((item) => item.id !== id),
    quotedAdviceId: notes.quotedAdviceId === id ? null : notes.quotedAdviceId,
  };
}

/** Marks a step done at `at`, or not done with null. */
export function setStepDone(notes: MeetingNotes, id: string, at: Date | null): MeetingNotes {
  const doneAt = at ? at.toISOString() : null;
  return { ...notes, nextSteps: notes.nextSteps.map((step) => (step.id === id ? { ...step, doneAt } : step)) };
}

export function chooseQuotedAdvice(notes: MeetingNotes, id: string | null): MeetingNotes {
  return { ...notes, quotedAdviceId: id === null || notes.advice.some((item) => item.id === id) ? id : notes.quotedAdviceId };
}

/** The advice to quote: the one asked for, else the chosen one, else the first; null when none is noted. */
export function quotedAdvice(notes: Pick<MeetingNotes, 'advice' | 'quotedAdviceId'>, id?: string): AdviceItem | null {
  const usable = notes.advice.filter((item) => item.text.trim() !== '');
  const wanted = id ?? notes.quotedAdviceId;
  return usable.find((item) => item.id === wanted) ?? usable[0] ?? null;
}

export function openSteps(notes: Pick<MeetingNotes, 'nextSteps'>): NextStep[] {
  return notes.nextSteps.filter((step) => step.doneAt === null && step.text.trim() !== '');
}

export function doneSteps(notes: Pick<MeetingNotes, 'nextSteps'>): NextStep[] {
  return notes.nextSteps.filter((step) => step.doneAt !== null && step.text.trim() !== '');
}
