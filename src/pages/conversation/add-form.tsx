import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  button: string;
  placeholder?: string;
  maxLength?: number;
  /** Why this text cannot be added (shown at the field, the text kept to change), or null. */
  check?: (text: string) => string | null;
  onAdd: (text: string) => void;
}

/** One text field and an Add button; Enter adds too. Blank text adds nothing. */
export function AddForm({ id, label, button, placeholder, maxLength = 500, check, onAdd }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = `${id}-problem`;
  return (
    <form
      class="add-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        const refused = check?.(text) ?? null;
        setProblem(refused);
        if (refused) return;
        onAdd(text.trim());
        setText('');
      }}
    >
      <label for={id}>{label}</label>
      <div class="row">
        <input
          id={id}
          type="text"
          value={text}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? problemId : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setProblem(null);
          }}
        />
        <button type="submit" disabled={!text.trim()}>
          {button}
        </button>
      </div>
      {problem && (
        <p id={problemId} class="notice error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
