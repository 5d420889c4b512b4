import { useEffect, useRef, useState } from 'preact/hooks';
import { channelLabels, channels, hasSubject, type Channel } from '../../core/drafting/channels.ts';
import type { Template } from '../../core/drafting/templates.ts';
import type { TemplateVariable } from '../../core/drafting/template-variables.ts';
import { VariableButtons } from './variable-buttons.tsx';

interface Props {
  draft: Template;
  onChange: (draft: Template) => void;
  /** Field keys with an error, marked aria-invalid. */
  invalid: ReadonlySet<string>;
}

type TextField = 'subject' | 'body';

export function TemplateFields({ draft, onChange, invalid }: Props) {
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [lastField, setLastField] = useState<TextField>('body');
  const caret = useRef<{ field: TextField; at: number } | null>(null);
  const withSubject = hasSubject(draft.channel);
  const field: TextField = withSubject ? lastField : 'body';

  // After an insert the text is re-rendered; put the caret after the variable so typing goes on.
  useEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = pending.field === 'subject' ? subjectRef.current : bodyRef.current;
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const insert = (variable: TemplateVariable) => {
    const element = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = draft[field];
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    const token = `{${variable}}`;
    caret.current = { field, at: start + token.length };
    onChange({ ...draft, [field]: text.slice(0, start) + token + text.slice(end) });
  };

  return (
    <div class="stack">
      <div class="two-columns">
        <label class="field">
          Name
          <input
            type="text"
            value={draft.name}
            maxLength={100}
            onInput={(e) => onChange({ ...draft, name: e.currentTarget.value })}
            aria-invalid={invalid.has('name')}
          />
        </label>
        {draft.builtIn ? (
          <div class="field">
            <span>Channel</span>
            <span class="fixed-value">{channelLabels[draft.channel]}</span>
          </div>
        ) : (
          <label class="field">
            Channel
            <select value={draft.channel} onChange={(e) => onChange({ ...draft, channel: e.currentTarget.value as Channel })}>
              {channels.map((channel) => (
                <option key={channel} value={channel}>
                  {channelLabels[channel]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {withSubject && (
        <label class="field">
          Subject
          <input
            type="text"
            ref={subjectRef}
            value={draft.subject}
            onFocus={() => setLastField('subject')}
            onInput={(e) => onChange({ ...draft, subject: e.currentTarget.value })}
            aria-invalid={invalid.has('subject')}
          />
        </label>
      )}
      <label class="field">
        Message
        <textarea
          ref={bodyRef}
          rows={7}
          value={draft.body}
          onFocus={() => setLastField('body')}
          onInput={(e) => onChange({ ...draft, body: e.currentTarget.value })}
          aria-invalid={invalid.has('body')}
        />
      </label>
      <VariableButtons onInsert={insert} target={field === 'subject' ? 'subject' : 'message'} />
    </div>
  );
}
