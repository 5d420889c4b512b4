import { describe, expect, it } from 'vitest';
import {
  addAdvice,
  addNextStep,
  chooseQuotedAdvice,
  doneSteps,
  emptyMeetingNotes,
  meetingNotesSchema,
  openSteps,
  quotedAdvice,
  removeNoteItem,
  setEditedDraft,
  setStepDone,
} from './meeting-notes.ts';

const now = new Date('2026-11-30T14:00:00.000Z');
const notes = addNextStep(
  addAdvice(addAdvice(emptyMeetingNotes('avery-quinlan', now, 7), 'Join the local UX meetup'), 'Ship one small project'),
  'Email Sam Lee',
);

describe('meeting notes', () => {
  it('start empty, with defaults the schema fills', () => {
    expect(emptyMeetingNotes('avery-quinlan', now)).toEqual({
      slug: 'avery-quinlan',
      conversationId: null,
      notes: '',
      advice: [],
      nextSteps: [],
      clarifyingQuestion: '',
      quotedAdviceId: null,
      updatedAt: '2026-11-30T14:00:00.000Z',
      drafts: {},
    });
  });

  it('keep the drafts the user rewrote, one per message, and go back to the suggestion on null', () => {
    const mine = { subject: 'Thanks!', body: 'Thank you, Avery: my own words.' };
    const edited = setEditedDraft(notes, 'thank-you', mine);
    expect(edited.drafts).toEqual({ 'thank-you': mine });
    expect(meetingNotesSchema.parse(edited)).toEqual(edited);
    expect(setEditedDraft(setEditedDraft(edited, 'referral', { subject: '', body: 'Who else?' }), 'thank-you', null).drafts).toEqual({
      referral: { subject: '', body: 'Who else?' },
    });
    expect(notes.drafts).toEqual({});
    // Notes stored before drafts existed read with none.
    const older: Partial<typeof notes> = { ...notes };
    delete older.drafts;
    expect(meetingNotesSchema.parse(older).drafts).toEqual({});
  });

  it('give advice and next steps ids that are unique across both lists', () => {
    expect(notes.advice.map((item) => item.id)).toEqual(['note-1', 'note-2']);
    expect(notes.nextSteps).toEqual([{ id: 'note-3', text: 'Email Sam Lee', doneAt: null }]);
    expect(meetingNotesSchema.parse(notes)).toEqual(notes);
  });

  it('ignore a blank item', () => {
    expect(addAdvice(notes, '   ')).toBe(notes);
    expect(addNextStep(notes, '')).toBe(notes);
  });

  it('quote the chosen advice, else the first, and forget a choice whose item is removed', () => {
    expect(quotedAdvice(notes)?.text).toBe('Join the local UX meetup');
    const chosen = chooseQuotedAdvice(notes, 'note-2');
    expect(quotedAdvice(chosen)?.text).toBe('Ship one small project');
    expect(quotedAdvice(chosen, 'note-1')?.text).toBe('Join the local UX meetup');
    expect(chooseQuotedAdvice(notes, 'note-3').quotedAdviceId).toBeNull();
    const removed = removeNoteItem(chosen, 'note-2');
    expect(removed.quotedAdviceId).toBeNull();
    expect(quotedAdvice(removed)?.text).toBe('Join the local UX meetup');
    expect(quotedAdvice(removeNoteItem(removed, 'note-1'))).toBeNull();
  });

  it('mark next steps done and not done', () => {
    const done = setStepDone(notes, 'note-3', new Date('2026-12-10T10:00:00.000Z'));
    expect(doneSteps(done)).toEqual([{ id: 'note-3', text: 'Email Sam Lee', doneAt: '2026-12-10T10:00:00.000Z' }]);
    expect(openSteps(done)).toEqual([]);
    expect(openSteps(setStepDone(done, 'note-3', null))).toHaveLength(1);
  });

  it('refuse an item without text and too long a question', () => {
    expect(meetingNotesSchema.safeParse({ ...notes, advice: [{ id: 'x', text: ' ' }] }).success).toBe(false);
    expect(meetingNotesSchema.safeParse({ ...notes, clarifyingQuestion: 'x'.repeat(1_001) }).success).toBe(false);
  });
});
