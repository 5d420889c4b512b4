import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ErrorList } from '../../ui/save-status.tsx';
import { useUnsaved } from './unsaved-changes.ts';

interface Props {
  initial?: { text: string; label: string };
  submitLabel: string;
  /** Resolves to the problems found, none when it was saved. */
  onSubmit: (values: { text: string; label: string }) => Promise<string[]>;
  onCancel?: () => void;
  /** Editing in place starts in the question; the add form waits to be used. */
  autoFocus?: boolean;
  labelledBy?: string;
}

export function QuestionForm({ initial = { text: '', label: '' }, submitLabel, onSubmit, onCancel, autoFocus = false, labelledBy }: Props) {
  const [text, setText] = useState(initial.text);
  const [label, setLabel] = useState(initial.label);
  const [errors, setErrors] = useState<string[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  // Typed but not yet added or saved: leaving the page asks first.
  useUnsaved(`question-${id}`, text !== initial.text || label !== initial.label);
  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = await onSubmit({ text, label });
    setErrors(problems);
    if (problems.length > 0) return;
    if (!onCancel) {
      // The add form empties for the next question and keeps the cursor there.
      setText('');
      setLabel('');
      textRef.current?.focus();
    }
  };

  return (
    <form class="question-form stack" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={labelledBy}>
      <div class="question-fields">
        <label class="field">
          Question
          <textarea
            ref={textRef}
            id={`${id}-text`}
            rows={2}
            maxLength={500}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-invalid={errors.some((error) => error.includes('question'))}
            aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
          />
        </label>
        <label class="field">
          Short label (optional)
          <input
            type="text"
            maxLength={60}
            value={label}
            placeholder="for example, Hindsight"
            onInput={(e) => setLabel(e.currentTarget.value)}
            aria-invalid={errors.some((error) => error.includes('label'))}
          />
        </label>
      </div>
      <ErrorList id={`${id}-errors`} errors={errors} />
      <div class="row">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
