import type { Contact, Conversation } from '../../core/contacts/contact.ts';
import { doneSteps, openSteps, quotedAdvice } from '../../core/conversation/meeting-notes.ts';
import { formatDay, formatDayTime } from '../../ui/format-date.ts';
import { pageHref } from '../pages.ts';

const conversationHref = (slug: string) => pageHref('conversation', { slug });

/**
 * The meeting at a glance: when, the advice, the next steps and the open question. Agenda, notes and
 * the thank-you are written on the conversation page.
 */
export function MeetingCard({ contact, conversation }: { contact: Contact; conversation: Conversation | undefined }) {
  const notes = conversation?.meetingNotes ?? null;
  const quoted = notes ? quotedAdvice(notes) : null;
  const open = notes ? openSteps(notes) : [];
  const done = notes ? doneSteps(notes) : [];
  const empty = !notes || (notes.advice.length === 0 && notes.nextSteps.length === 0 && !notes.clarifyingQuestion && !notes.notes.trim());

  return (
    <section class="card" id="meeting" aria-labelledby="meeting-heading">
      <div class="card-title">
        <h2 id="meeting-heading">Meeting</h2>
        <a href={conversationHref(contact.slug)} class="button-link">
          Open the conversation page<span class="visually-hidden"> with {contact.name}</span>
        </a>
      </div>
      <p class="muted">
        {conversation?.heldAt
          ? `Held on ${formatDayTime(conversation.heldAt)}.`
          : conversation?.scheduledFor
            ? `Planned for ${formatDayTime(conversation.scheduledFor)}.`
            : 'No meeting planned yet.'}{' '}
        The agenda, the meeting notes and the thank-you note are on the conversation page.
      </p>
      {empty ? (
        <p class="muted">No meeting notes yet.</p>
      ) : (
        <dl class="summary" data-testid="meeting-summary">
          {notes.advice.length > 0 && (
            <>
              <dt>Advice</dt>
              <dd>
                <ul class="plain-list">
                  {notes.advice.map((item) => (
                    <li key={item.id}>
                      {item.text}
                      {item.id === quoted?.id && <span class="pill quoted">quoted in the thank-you</span>}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {open.length + done.length > 0 && (
            <>
              <dt>Next steps</dt>
              <dd>
                <ul class="plain-list">
                  {open.map((step) => (
                    <li key={step.id}>{step.text}</li>
                  ))}
                  {done.map((step) => (
                    <li key={step.id}>
                      <span class="done">{step.text}</span> <span class="muted">done {formatDay(step.doneAt!)}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {notes.clarifyingQuestion && (
            <>
              <dt>Question to clarify</dt>
              <dd>{notes.clarifyingQuestion}</dd>
            </>
          )}
          {notes.notes.trim() && (
            <>
              <dt>Notes</dt>
              <dd class="pre-line">{notes.notes}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
