import { useState } from 'preact/hooks';
import {
  closeTheLoopDraft,
  missingPieceHints,
  referralRequestDraft,
  thankYouDraft,
  type AfterMeetingContext,
} from '../../core/conversation/after-meeting-drafts.ts';
import type { Contact } from '../../core/contacts/contact.ts';
import { setEditedDraft, type AfterMeetingDraftId, type EditedDraft, type MeetingNotes } from '../../core/conversation/meeting-notes.ts';
import { LoopClosedSent, MarkThanked, ReferralSent } from './after-meeting-actions.tsx';
import { DraftBox } from './draft-box.tsx';

interface Props {
  contact: Contact;
  notes: MeetingNotes;
  context: AfterMeetingContext;
  /** The notes with a draft edited (or back to the suggestion): saved with the conversation. */
  onChange: (next: MeetingNotes) => void;
}

/**
 * The three messages that follow a conversation, each first written from the notes above and then the
 * user's to rewrite (kept with the notes). The user copies one, sends it themselves, and records it.
 */
export function AfterMeeting({ contact, notes, context, onChange }: Props) {
  // Only for this note, and not stored: what came of the advice is news the user has when they write it.
  const [outcome, setOutcome] = useState('');
  const thanks = thankYouDraft(notes, context);
  const referral = referralRequestDraft(context);
  const loop = closeTheLoopDraft(notes, context, { outcome });
  const edit = (id: AfterMeetingDraftId) => (draft: EditedDraft | null) => onChange(setEditedDraft(notes, id, draft));

  return (
    <section id="after" class="card" aria-labelledby="after-heading">
      <h2 id="after-heading">After the meeting</h2>
      <DraftBox
        id="thank-you"
        title="Thank-you note"
        when="Within 24 hours of the conversation."
        draft={thanks}
        edited={notes.drafts['thank-you']}
        onEdit={edit('thank-you')}
        hints={thanks.missing.map((piece) => missingPieceHints[piece])}
        actions={<MarkThanked contact={contact} />}
      />
      <DraftBox
        id="referral"
        title="Referral request"
        when="If they did not suggest anyone during the conversation."
        draft={referral}
        edited={notes.drafts.referral}
        onEdit={edit('referral')}
        hints={[]}
        actions={<ReferralSent contact={contact} />}
      />
      <DraftBox
        id="close-loop"
        title="Closing the loop"
        when="Later, once you have acted on their advice."
        draft={loop}
        edited={notes.drafts['close-loop']}
        onEdit={edit('close-loop')}
        hints={loop.missing.map((piece) => missingPieceHints[piece])}
        actions={<LoopClosedSent contact={contact} />}
      >
        <div class="field">
          <label for="loop-outcome">What came of their advice (used in the suggestion, not saved)</label>
          <input
            id="loop-outcome"
            type="text"
            maxLength={1_000}
            value={outcome}
            placeholder="I have an interview with their team next week."
            onInput={(e) => setOutcome(e.currentTarget.value)}
          />
        </div>
      </DraftBox>
    </section>
  );
}
