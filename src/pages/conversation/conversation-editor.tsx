import { useState } from 'preact/hooks';
import { agendaSchema, createDefaultAgenda, type Agenda } from '../../core/conversation/agenda.ts';
import type { Contact } from '../../core/contacts/contact.ts';
import { emptyMeetingNotes, meetingNotesSchema, type MeetingNotes } from '../../core/conversation/meeting-notes.ts';
import { firstNameOf } from '../../core/drafting/template-variables.ts';
import type { ConversationData } from './conversation-page.tsx';
import { AfterMeeting } from './after-meeting.tsx';
import { AgendaBuilder } from './agenda-builder.tsx';
import { ContactHeader } from '../../ui/contact-header.tsx';
import { MeetingNotesForm } from './meeting-notes-form.tsx';
import { SendAhead } from './send-ahead.tsx';
import { useConversationSaver } from './use-conversation-saver.ts';

/** The first problem a schema finds, in the words the schema gives it. */
function firstProblem(result: { success: boolean; error?: { issues: readonly { message: string }[] } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? 'Something here is not valid.');
}

/**
 * Owns the conversation while the page is open: the stored agenda, time and notes are read once, and
 * every edit updates the page at once and is sent to the background. Live updates from the database
 * are not folded back in, so a late echo of an earlier save can never undo a keystroke.
 */
export function ConversationEditor({ slug, data }: { slug: string; data: ConversationData & { contact: Contact } }) {
  const { contact, conversation, settings, savedQuestions } = data;
  const { state, save } = useConversationSaver(slug);
  const [agenda, setAgenda] = useState<Agenda>(() => conversation?.agenda ?? createDefaultAgenda(settings.sender.minutes));
  const [agendaProblem, setAgendaProblem] = useState<string | null>(null);
  const [scheduledFor, setScheduledFor] = useState<string | null>(conversation?.scheduledFor ?? null);
  const [notes, setNotes] = useState<MeetingNotes>(
    // Parsed, so notes stored before a field was added get its default (the drafts the user edited).
    () => meetingNotesSchema.safeParse(conversation?.meetingNotes).data ?? emptyMeetingNotes(slug, new Date(), conversation?.id ?? null),
  );
  const [notesProblem, setNotesProblem] = useState<string | null>(null);

  const changeAgenda = (next: Agenda) => {
    setAgenda(next);
    const parsed = agendaSchema.safeParse(next);
    setAgendaProblem(firstProblem(parsed));
    if (parsed.success) save({ agenda: parsed.data });
  };
  const changeNotes = (next: MeetingNotes) => {
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    setNotes(stamped);
    const parsed = meetingNotesSchema.safeParse(stamped);
    setNotesProblem(firstProblem(parsed));
    if (parsed.success) save({ meetingNotes: parsed.data });
  };
  const changeSchedule = (iso: string | null) => {
    setScheduledFor(iso);
    // The agenda goes with the time: what was sent ahead is then stored even if it was never edited.
    const parsed = agendaSchema.safeParse(agenda);
    save(parsed.success ? { scheduledFor: iso, agenda: parsed.data } : { scheduledFor: iso });
  };

  const firstName = firstNameOf(contact.name);
  return (
    <main class="conversation">
      <ContactHeader contact={contact} saveState={state} />
      <AgendaBuilder agenda={agenda} problem={agendaProblem} savedQuestions={savedQuestions} onChange={changeAgenda} />
      <SendAhead
        slug={slug}
        contact={contact}
        agenda={agenda}
        scheduledFor={scheduledFor}
        conversationId={conversation?.id ?? null}
        myName={settings.sender.myName}
        onSchedule={changeSchedule}
      />
      <MeetingNotesForm notes={notes} problem={notesProblem} onChange={changeNotes} />
      <AfterMeeting
        contact={contact}
        notes={notes}
        context={{ firstName, myName: settings.sender.myName, field: settings.sender.field }}
        onChange={changeNotes}
      />
    </main>
  );
}
