import { describe, expect, it } from 'vitest';
import { closeTheLoopDraft, missingPieceHints, referralRequestDraft, thankYouDraft } from './after-meeting-drafts.ts';
import { addAdvice, addNextStep, emptyMeetingNotes, setStepDone, type MeetingNotes } from './meeting-notes.ts';

const now = new Date('2026-11-30T14:00:00.000Z');
const empty = emptyMeetingNotes('avery-quinlan', now);
const full: MeetingNotes = {
  ...addNextStep(
    addNextStep(
      addNextStep(addAdvice(addAdvice(empty, 'Join the local UX meetup'), 'Ship one small project'), 'Email Sam Lee'),
      'read The 2-Hour Job Search',
    ),
    'Update my portfolio',
  ),
  clarifyingQuestion: 'Which meetup did you mean, the Tuesday one',
};
const me = { firstName: 'Avery', myName: 'Sam Lee' };

describe('the thank-you draft', () => {
  it('quotes the first advice, asks the clarifying question and names at most two next steps', () => {
    expect(thankYouDraft(full, me)).toEqual({
      subject: 'Thank you, Avery',
      body: [
        'Hi Avery,',
        'Thank you for taking the time to talk with me. I especially appreciated your advice: “Join the local UX meetup”.',
        'I have one more question, if you have a moment: Which meetup did you mean, the Tuesday one?',
        'Next, I plan to email Sam Lee and read The 2-Hour Job Search.',
        'Thank you again for your time and generosity.',
        'Best,\nSam Lee',
      ].join('\n\n'),
      missing: [],
    });
  });

  it('quotes the advice chosen in the notes or in the call', () => {
    expect(thankYouDraft({ ...full, quotedAdviceId: 'note-2' }, me).body).toContain('your advice: “Ship one small project”.');
    expect(thankYouDraft(full, me, { adviceId: 'note-2' }).body).toContain('“Ship one small project”');
  });

  it('falls back to honest lines and flags the missing advice and next step', () => {
    const draft = thankYouDraft(empty);
    expect(draft.missing).toEqual(['advice', 'next-step']);
    expect(draft.subject).toBe('Thank you for your time');
    expect(draft.body).toBe(
      [
        'Hello,',
        'Thank you for taking the time to talk with me. I learned a lot from hearing about your work and the path that led you there.',
        'I will let you know how I get on.',
        'Thank you again for your time and generosity.',
        'Best,',
      ].join('\n\n'),
    );
    expect(draft.missing.map((piece) => missingPieceHints[piece])).toEqual([
      'Note one piece of advice to quote.',
      'Note what you will do next.',
    ]);
  });

  it('skips steps already done when it says what comes next', () => {
    const onlyDone = setStepDone(addNextStep(empty, 'Email Sam'), 'note-1', now);
    expect(thankYouDraft(onlyDone, me).missing).toEqual(['advice', 'next-step']);
  });
});

describe('the referral request', () => {
  it('asks who else to talk to and whether the person may be mentioned', () => {
    const draft = referralRequestDraft({ ...me, field: 'product design.' });
    expect(draft.subject).toBe('Who else should I talk to?');
    expect(draft.body).toContain(
      'As I keep learning about product design, is there anyone else you think I should talk to? And if so, may I mention that you suggested them?',
    );
    expect(draft.body.startsWith('Hi Avery,')).toBe(true);
    expect(draft.missing).toEqual([]);
  });

  it('speaks of “this field” when none is given', () => {
    expect(referralRequestDraft().body).toContain('As I keep learning about this field, is there anyone');
  });
});

describe('closing the loop', () => {
  it('says which advice was followed and what came of it', () => {
    const draft = closeTheLoopDraft(full, me, { outcome: 'I met two designers there, and one offered to review my portfolio' });
    expect(draft).toEqual({
      subject: 'I followed your advice',
      body: [
        'Hi Avery,',
        'I wanted to let you know that I followed your advice: “Join the local UX meetup”. I met two designers there, and one offered to review my portfolio.',
        'Thank you again for your help. I hope all is well with you.',
        'Best,\nSam Lee',
      ].join('\n\n'),
      missing: [],
    });
  });

  it('reports the action alone and flags the outcome when none is given', () => {
    const draft = closeTheLoopDraft(full, me, { adviceId: 'note-2' });
    expect(draft.body).toContain('I followed your advice: “Ship one small project”.\n\n');
    expect(draft.missing).toEqual(['outcome']);
  });

  it('falls back to the steps done, or to a plain update, when no advice was noted', () => {
    const withDone = setStepDone(addNextStep(addNextStep(empty, 'Emailed Sam'), 'read the book'), 'note-1', now);
    const fromSteps = closeTheLoopDraft(withDone, me);
    expect(fromSteps.subject).toBe('An update since we spoke');
    expect(fromSteps.body).toContain('I wanted to let you know what I have done since we spoke: Emailed Sam.');
    expect(fromSteps.missing).toEqual(['advice', 'outcome']);
    expect(closeTheLoopDraft(empty).body).toContain('Hello,\n\nI wanted to let you know how things have gone since we spoke.\n\n');
  });
});
