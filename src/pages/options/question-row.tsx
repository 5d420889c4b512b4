import { useState } from 'preact/hooks';
import type { SavedQuestion } from '../../core/conversation/question-banks.ts';
import { ConfirmDelete } from '../../ui/confirm-delete.tsx';
import { QuestionForm } from './question-form.tsx';

interface Props {
  question: SavedQuestion;
  index: number;
  count: number;
  editing: boolean;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onSaveEdit: (values: { text: string; label: string }) => Promise<string[]>;
  onCancelEdit: () => void;
  onDelete: () => void;
}

/** Buttons are named after their question, so a screen reader's list of buttons says which is which. */
export function QuestionRow({ question, index, count, editing, onMove, onEdit, onSaveEdit, onCancelEdit, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const id = (action: string) => `question-${question.id}-${action}`;
  const focus = (action: string) => document.getElementById(id(action))?.focus();

  if (editing) {
    return (
      <li class="question-item editing">
        <QuestionForm initial={question} submitLabel="Save question" onSubmit={onSaveEdit} onCancel={onCancelEdit} autoFocus />
      </li>
    );
  }
  return (
    <li class="question-item" data-question-id={question.id}>
      <div class="question-row">
        <span class="question-number" aria-hidden="true">
          {index + 1}
        </span>
        <p class="question-text">
          {question.text}
          {question.label && <span class="pill">{question.label}</span>}
        </p>
        <div class="question-actions" role="group" aria-label={`Question ${index + 1} of ${count}`}>
          <button type="button" id={id('up')} disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move up: ${question.text}`}>
            <span aria-hidden="true">↑</span> Move up
          </button>
          <button
            type="button"
            id={id('down')}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={`Move down: ${question.text}`}
          >
            <span aria-hidden="true">↓</span> Move down
          </button>
          <button type="button" id={id('edit')} onClick={onEdit} aria-label={`Edit: ${question.text}`}>
            Edit
          </button>
          <button
            type="button"
            id={id('delete')}
            class="danger-outline"
            onClick={() => setConfirming(true)}
            aria-label={`Delete: ${question.text}`}
          >
            Delete
          </button>
        </div>
      </div>
      {confirming && (
        <ConfirmDelete
          what={`the question “${question.text}”`}
          onConfirm={onDelete}
          onCancel={() => {
            setConfirming(false);
            focus('delete');
          }}
        />
      )}
    </li>
  );
}
