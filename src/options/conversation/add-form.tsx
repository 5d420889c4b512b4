import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  button: string;
  placeholder?: string;
  maxLength?: number;
  onAdd: (text: string) => void;
}

/** One text field and an Add button; Enter adds too. Blank text adds nothing. */
export function AddForm({ id, label, button, placeholder, maxLength = 500, onAdd }: Props) {
  const [text, setText] = useState('');
  return (
    <form
      class="add-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAdd(text.trim());
        setText('');
      }}
    >
      <label for={id}>{label}</label>
      <div class="row">
        <input id={id} type="text" value={text} maxLength={maxLength} placeholder={placeholder} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" disabled={!text.trim()}>
          {button}
        </button>
      </div>
    </form>
  );
}
