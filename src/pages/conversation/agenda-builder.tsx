import { useState } from 'preact/hooks';
import { spreadMinutes, type Agenda } from '../../core/conversation/agenda.ts';
import { introductionCheck, minutesCheck, questionCountCheck, questionTimeCheck } from '../../core/conversation/agenda-checks.ts';
import { addOwnQuestion, addQuestion, questionInsertIndex, setLength } from '../../core/conversation/agenda-edit.ts';
import type { BankQuestion, SavedQuestion } from '../../core/conversation/question-banks.ts';
import { AgendaItems } from './agenda-items.tsx';
import { AgendaLength } from './agenda-length.tsx';
import { QuestionPicker } from './question-picker.tsx';
import { shortLabel } from './short-label.ts';

interface Props {
  agenda: Agenda;
  /** Why the last edit was not saved (an item without text), or null. */
  problem: string | null;
  savedQuestions: readonly SavedQuestion[];
  onChange: (next: Agenda) => void;
}

/** The plan of the conversation: its length, the user's introduction, the items in order with their minutes. */
export function AgendaBuilder({ agenda, problem, savedQuestions, onChange }: Props) {
  // One polite live region for every move, addition and removal, so each is heard once.
  const [announcement, setAnnouncement] = useState('');
  const intro = introductionCheck(agenda.introduction);
  const count = questionCountCheck(agenda);
  const minutes = minutesCheck(agenda);
  const time = questionTimeCheck(agenda);

  const add = (next: Agenda, text: string) => {
    onChange(next);
    setAnnouncement(`Added '${shortLabel(text)}' as item ${questionInsertIndex(agenda) + 1} of ${next.items.length}.`);
  };

  return (
    <section id="agenda" class="card" aria-labelledby="agenda-heading">
      <div class="row spread wrap">
        <h2 id="agenda-heading">Agenda</h2>
        <p class="muted">Send it ahead, keep to time, and offer to end early.</p>
      </div>
      <AgendaLength length={agenda.lengthMinutes} onChange={(length) => onChange(setLength(agenda, length))} />

      <div class="field">
        <label for="introduction">Your introduction (for you to say, not sent)</label>
        <textarea
          id="introduction"
          rows={3}
          maxLength={2_000}
          value={agenda.introduction}
          aria-describedby="introduction-check"
          placeholder="Who you are, what you are exploring, and why you wanted to talk to this person."
          onInput={(e) => onChange({ ...agenda, introduction: e.currentTarget.value })}
        />
        <p id="introduction-check" class={intro.ok ? 'muted' : 'notice warn'}>
          {intro.message ?? `About ${intro.seconds} seconds aloud: right for a 30–60 second introduction.`}
        </p>
      </div>

      <h3 id="items-heading">Items, in order</h3>
      <AgendaItems agenda={agenda} onChange={onChange} announce={setAnnouncement} />
      {problem && (
        <p class="notice error" role="alert">
          {problem} This change is not saved until every item has text.
        </p>
      )}

      <div class="checks" aria-live="polite">
        {count.message && <p class="notice warn">{count.message}</p>}
        {time.message && <p class="notice warn">{time.message}</p>}
        {minutes.message && (
          <div class="notice warn row spread wrap">
            <p>{minutes.message}</p>
            <button
              type="button"
              onClick={() => {
                onChange(spreadMinutes(agenda));
                setAnnouncement(`Spread the minutes: the items now add up to ${agenda.lengthMinutes} minutes.`);
              }}
            >
              Spread the minutes
            </button>
          </div>
        )}
        {count.ok && minutes.ok && time.ok && (
          <p class="muted">
            {count.count} questions; the items add up to the {agenda.lengthMinutes} minutes.
          </p>
        )}
      </div>

      <QuestionPicker
        agenda={agenda}
        savedQuestions={savedQuestions}
        onAdd={(question: BankQuestion) => add(addQuestion(agenda, question), question.text)}
        onAddOwn={(text) => add(addOwnQuestion(agenda, text), text)}
      />
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
