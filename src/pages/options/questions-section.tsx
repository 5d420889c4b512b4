import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SavedQuestion } from '../../core/conversation/question-banks.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { QuestionForm } from './question-form.tsx';
import { checkQuestion, duplicateProblem, moveQuestion, removeQuestion, replaceQuestion } from './question-list.ts';
import { QuestionRow } from './question-row.tsx';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useSave } from '../../ui/use-save.ts';

const maxQuestions = 100;

/** The user's own questions, for the agenda's question picker (`settings.questions`, in this order). */
export function QuestionsSection({ settings }: { settings: Settings }) {
  // Shown at once and saved behind: a move must not wait for the round trip, or quick moves would jump back.
  const [list, setList] = useState<SavedQuestion[]>(settings.questions);
  const [editing, setEditing] = useState<string | null>(null);
  const pending = useRef(0);
  const focusNext = useRef<string[] | null>(null);
  const { status, save } = useSave();

  // The lists this page saved, newest last. The echo of an earlier save can arrive after a later save
  // has finished; showing it would undo the later change for a moment and lose the focus with it.
  const sent = useRef<string[]>([]);
  useEffect(() => {
    const stored = JSON.stringify(settings.questions);
    const stale = sent.current.includes(stored) && sent.current.at(-1) !== stored;
    if (pending.current === 0 && !stale) setList(settings.questions);
  }, [settings.questions]);
  // Right after the list is drawn, before the browser paints: a moved button must not lose focus.
  useLayoutEffect(() => {
    const ids = focusNext.current;
    if (!ids) return;
    focusNext.current = null;
    const target = ids.map((id) => document.getElementById(id)).find((element) => element && !(element as HTMLButtonElement).disabled);
    target?.focus();
  });

  const commit = async (next: SavedQuestion[], message: string, focus?: string[]): Promise<boolean> => {
    setList(next);
    sent.current = [...sent.current.slice(-19), JSON.stringify(next)];
    focusNext.current = focus ?? null;
    pending.current += 1;
    const ok = await save({ questions: next }, message);
    pending.current -= 1;
    if (!ok) setList(settings.questions);
    return ok;
  };
  const move = (question: SavedQuestion, by: -1 | 1) => {
    const next = moveQuestion(list, question.id, by);
    const at = next.findIndex((candidate) => candidate.id === question.id) + 1;
    const [same, other] = by === -1 ? ['up', 'down'] : ['down', 'up'];
    void commit(next, `Moved “${question.text}” to number ${at} of ${next.length}.`, [
      `question-${question.id}-${same}`,
      `question-${question.id}-${other}`,
    ]);
  };
  const add = async (values: { text: string; label: string }): Promise<string[]> => {
    if (list.length >= maxQuestions) return [`You can keep up to ${maxQuestions} questions: delete one to add another.`];
    const check = checkQuestion(values);
    if (!check.ok) return check.errors;
    const duplicate = duplicateProblem(list, check.question.text);
    if (duplicate) return [duplicate];
    return (await commit([...list, check.question], `Added “${check.question.text}”.`)) ? [] : ['The question was not saved.'];
  };
  const edit = async (question: SavedQuestion, values: { text: string; label: string }): Promise<string[]> => {
    const check = checkQuestion({ ...question, ...values });
    if (!check.ok) return check.errors;
    const duplicate = duplicateProblem(list, check.question.text, question.id);
    if (duplicate) return [duplicate];
    setEditing(null);
    const saved = await commit(replaceQuestion(list, check.question), `Saved “${check.question.text}”.`, [`question-${question.id}-edit`]);
    return saved ? [] : ['The question was not saved.'];
  };
  const remove = (question: SavedQuestion, index: number) => {
    const next = removeQuestion(list, question.id);
    // Focus goes to the next question's Delete, or the previous one's, or the add form when none is left.
    const neighbour = next[index] ?? next[index - 1];
    void commit(next, `Deleted “${question.text}”.`, neighbour ? [`question-${neighbour.id}-delete`] : ['questions-heading']);
  };

  return (
    <SectionCard
      id="questions"
      intro="Questions of your own for agendas, offered beside the classic, TIARA and referral questions. Keep them in the order you would ask them."
    >
      {list.length === 0 ? (
        <p class="muted">No questions of your own yet.</p>
      ) : (
        <ol class="question-list" aria-label="Your saved questions">
          {list.map((question, index) => (
            <QuestionRow
              key={question.id}
              question={question}
              index={index}
              count={list.length}
              editing={editing === question.id}
              onMove={(by) => move(question, by)}
              onEdit={() => setEditing(question.id)}
              onSaveEdit={(values) => edit(question, values)}
              onCancelEdit={() => {
                focusNext.current = [`question-${question.id}-edit`];
                setEditing(null);
              }}
              onDelete={() => remove(question, index)}
            />
          ))}
        </ol>
      )}
      <SaveStatusLine status={status} />
      <h3 class="subheading" id="question-add-heading">
        Add a question
      </h3>
      <QuestionForm submitLabel="Add question" onSubmit={add} labelledBy="question-add-heading" />
    </SectionCard>
  );
}
