import type { Agenda } from '../../core/conversation/agenda.ts';
import {
  questionBankLabels,
  referralQuestions,
  savedQuestionsBank,
  seedQuestions,
  tiaraQuestions,
  type BankQuestion,
  type QuestionBank,
  type SavedQuestion,
} from '../../core/conversation/question-banks.ts';
import { ownQuestionProblem } from '../../core/conversation/agenda-edit.ts';
import { AddForm } from './add-form.tsx';

interface Props {
  agenda: Agenda;
  savedQuestions: readonly SavedQuestion[];
  onAdd: (question: BankQuestion) => void;
  onAddOwn: (text: string) => void;
}

const bankHints: Partial<Record<QuestionBank, string>> = {
  tiara: 'Trends, Insights, Advice, Resources, Assignments: asked in this order, from small talk to career.',
  referral: 'Ask both together, so the person knows their name may be used.',
};

/**
 * A question counts as used when an item came from it, or when an item's text holds it (the default
 * referral ask joins both referral questions in one line).
 */
function isUsed(agenda: Agenda, question: BankQuestion): boolean {
  return agenda.items.some(
    (item) => (item.source?.bank === question.bank && item.source.id === question.id) || item.text.includes(question.text),
  );
}

/** The question banks, each in a disclosure, and a field for the user's own question. */
export function QuestionPicker({ agenda, savedQuestions, onAdd, onAddOwn }: Props) {
  const banks: [QuestionBank, readonly BankQuestion[]][] = [
    ['seeds', seedQuestions],
    ['tiara', tiaraQuestions],
    ['referral', referralQuestions],
    ['mine', savedQuestionsBank(savedQuestions)],
  ];
  return (
    <div class="picker">
      <h3>Add a question</h3>
      {banks.map(([bank, questions]) => {
        const used = questions.filter((question) => isUsed(agenda, question)).length;
        return (
          <details key={bank} class="bank" data-bank={bank}>
            <summary>
              {bank === 'mine' ? 'Your questions' : questionBankLabels[bank]}
              <span class="muted">
                {' '}
                · {questions.length} {questions.length === 1 ? 'question' : 'questions'}
                {used > 0 && `, ${used} in the agenda`}
              </span>
            </summary>
            {bankHints[bank] && <p class="muted">{bankHints[bank]}</p>}
            {questions.length === 0 && <p class="muted">Questions you save for later agendas show up here.</p>}
            <ul class="bank-questions">
              {questions.map((question) => (
                <li key={question.id}>
                  {question.label && <span class="bank-label">{question.label}</span>}
                  <span class="bank-text">{question.text}</span>
                  {isUsed(agenda, question) ? (
                    <span class="pill used">In the agenda</span>
                  ) : (
                    <button type="button" aria-label={`Add “${question.text}”`} onClick={() => onAdd(question)}>
                      Add
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <AddForm
        id="own-question"
        label="Or type your own question"
        button="Add question"
        placeholder="What would you do differently if you started again?"
        check={(text) => ownQuestionProblem(agenda, text)}
        onAdd={onAddOwn}
      />
    </div>
  );
}
