import {
  addAdvice,
  addNextStep,
  chooseQuotedAdvice,
  quotedAdvice,
  removeNoteItem,
  setStepDone,
  type MeetingNotes,
} from '../../core/conversation/meeting-notes.ts';
import { formatDay } from '../../ui/format-date.ts';
import { AddForm } from './add-form.tsx';
import { shortLabel } from './short-label.ts';

interface Props {
  notes: MeetingNotes;
  /** Why the last edit was not saved, or null. */
  problem: string | null;
  onChange: (next: MeetingNotes) => void;
}

/** What the user writes down during or right after the conversation: the raw material of the thank-you. */
export function MeetingNotesForm({ notes, problem, onChange }: Props) {
  const quoted = quotedAdvice(notes);
  return (
    <section id="notes" class="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Meeting notes</h2>
      <div class="field">
        <label for="free-notes">Notes</label>
        <textarea
          id="free-notes"
          rows={6}
          value={notes.notes}
          maxLength={20_000}
          placeholder="For you alone: what they said, names, links."
          onInput={(e) => onChange({ ...notes, notes: e.currentTarget.value })}
        />
      </div>

      <fieldset class="note-list">
        <legend>Advice I got</legend>
        <p class="muted">Choose the one to quote in the thank-you note.</p>
        {notes.advice.length > 0 && (
          <ul>
            {notes.advice.map((item) => (
              <li key={item.id} class="row spread">
                <label class="check">
                  <input
                    type="radio"
                    name="quoted-advice"
                    checked={quoted?.id === item.id}
                    onChange={() => onChange(chooseQuotedAdvice(notes, item.id))}
                  />
                  <span>
                    {item.text}
                    {quoted?.id === item.id && <span class="pill quoting">Quoted</span>}
                  </span>
                </label>
                <button
                  type="button"
                  aria-label={`Remove advice '${shortLabel(item.text)}'`}
                  onClick={() => onChange(removeNoteItem(notes, item.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddForm
          id="new-advice"
          label="A piece of advice, in their words"
          button="Add advice"
          maxLength={1_000}
          onAdd={(text) => onChange(addAdvice(notes, text))}
        />
      </fieldset>

      <fieldset class="note-list">
        <legend>Next steps</legend>
        <p class="muted">What you will do. Tick a step once done: that is when to close the loop.</p>
        {notes.nextSteps.length > 0 && (
          <ul>
            {notes.nextSteps.map((step) => (
              <li key={step.id} class="row spread">
                <label class="check">
                  <input
                    type="checkbox"
                    checked={step.doneAt !== null}
                    onChange={(e) => onChange(setStepDone(notes, step.id, e.currentTarget.checked ? new Date() : null))}
                  />
                  <span>
                    <span class="visually-hidden">Done: </span>
                    <span class={step.doneAt ? 'done' : undefined}>{step.text}</span>
                    {step.doneAt && <span class="muted"> · done {formatDay(step.doneAt)}</span>}
                  </span>
                </label>
                <button
                  type="button"
                  aria-label={`Remove step '${shortLabel(step.text)}'`}
                  onClick={() => onChange(removeNoteItem(notes, step.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddForm
          id="new-step"
          label="A next step"
          button="Add step"
          maxLength={1_000}
          placeholder="Read the book they recommended"
          onAdd={(text) => onChange(addNextStep(notes, text))}
        />
      </fieldset>

      <div class="field">
        <label for="clarifying-question">A question to clarify</label>
        <input
          id="clarifying-question"
          type="text"
          maxLength={1_000}
          value={notes.clarifyingQuestion}
          placeholder="Something you would like to ask in the thank-you note"
          onInput={(e) => onChange({ ...notes, clarifyingQuestion: e.currentTarget.value })}
        />
      </div>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
