import { useState } from 'preact/hooks';
import { closeTheLoopDraft, missingPieceHints, referralRequestDraft, thankYouDraft, type AfterMeetingContext } from '../../core/after-meeting-drafts.ts';
import type { MeetingNotes } from '../../core/meeting-notes.ts';
import { DraftBox } from './draft-box.tsx';

/**
 * The three messages that follow a conversation, written from the notes above. They change as the
 * notes change; the user copies one and sends it themselves.
 */
export function AfterMeeting({ notes, context }: { notes: MeetingNotes; context: AfterMeetingContext }) {
  // Only for this note, and not stored: what came of the advice is news the user has when they write it.
  const [outcome, setOutcome] = useState('');
  const thanks = thankYouDraft(notes, context);
  const referral = referralRequestDraft(context);
  const loop = closeTheLoopDraft(notes, context, { outcome });

  return (
    <section id="after" class="card" aria-labelledby="after-heading">
      <h2 id="after-heading">After the meeting</h2>
      <DraftBox id="thank-you" title="Thank-you note" when="Within 24 hours of the conversation." draft={thanks} hints={thanks.missing.map((piece) => missingPieceHints[piece])} />
      <DraftBox id="referral" title="Referral request" when="If they did not suggest anyone during the conversation." draft={referral} hints={[]} />
      <DraftBox
        id="close-loop"
        title="Closing the loop"
        when="Later, once you have acted on their advice."
        draft={loop}
        hints={loop.missing.map((piece) => missingPieceHints[piece])}
      >
        <div class="field">
          <label for="loop-outcome">What came of their advice (used in this note, not saved)</label>
          <input id="loop-outcome" type="text" maxLength={1_000} value={outcome} placeholder="I have an interview with their team next week." onInput={(e) => setOutcome(e.currentTarget.value)} />
        </div>
      </DraftBox>
    </section>
  );
}
