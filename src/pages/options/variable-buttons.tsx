import { useId } from 'preact/hooks';
import { templateVariables, variableLabels, type TemplateVariable } from '../../core/drafting/template-variables.ts';

/**
 * The variables a template may use, each a button that types it at the cursor: a typo in
 * `{firstName}` would otherwise reach a real person as it was typed.
 */
export function VariableButtons({ onInsert, target }: { onInsert: (variable: TemplateVariable) => void; target: string }) {
  const id = useId();
  return (
    <div class="variables" role="group" aria-labelledby={id}>
      <p id={id} class="muted">
        Variables you can use (a button inserts one into the {target} at the cursor):
      </p>
      <ul class="variable-list">
        {templateVariables.map((variable) => (
          <li key={variable}>
            <button type="button" class="variable" onClick={() => onInsert(variable)}>
              <code>{`{${variable}}`}</code>
              <span class="variable-label">{variableLabels[variable]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
