import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../../core/drafting/templates.ts';

interface Props {
  choices: readonly Template[];
  chosen: Template;
  onChoose: (id: string) => void;
  /** Whether the editor holds the person's own text, which the template would replace. */
  hasText: boolean;
  onUse: () => void;
}

/**
 * Which template a draft starts from, and Use template to start again from it. An empty draft shows
 * the chosen template already (see draft-editor.tsx); the person's own text is only replaced after
 * they say so, and the question takes the focus when it appears.
 */
export function TemplatePicker({ choices, chosen, onChoose, hasText, onUse }: Props) {
  const [confirming, setConfirming] = useState(false);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const useButtonRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useLayoutEffect(() => {
    if (confirming) replaceRef.current?.focus();
    // The question answered, the keyboard goes back where it came from.
    else if (asked.current) useButtonRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  const use = () => {
    onUse();
    setConfirming(false);
  };

  return (
    <div class="template-picker">
      <label class="field grow">
        Template
        <select value={chosen.id} onChange={(e) => onChoose(e.currentTarget.value)}>
          {choices.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {confirming ? (
        <span class="row confirm" role="group" aria-label="Replace your text with the template?">
          <button type="button" class="danger" ref={replaceRef} onClick={use}>
            Replace my text
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" ref={useButtonRef} onClick={() => (hasText ? setConfirming(true) : use())}>
          Use template
        </button>
      )}
    </div>
  );
}
