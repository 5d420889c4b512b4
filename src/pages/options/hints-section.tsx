import { useState } from 'preact/hooks';
import { lintHintIds, lintOptionsSchema, type LintHintId } from '../../core/drafting/draft-lint.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { hintLabels } from './hint-labels.ts';
import { AutoSaveStatus, FieldProblem } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useAutoSave, type Attempt } from './use-auto-save.ts';

const sentences = {
  maxWords: 'Enter a whole number of words from 10 to 1,000.',
  maxMinutes: 'Enter a whole number of minutes from 5 to 240.',
};

type Values = { maxWords: string; maxMinutes: string; disabled: ReadonlySet<LintHintId> };

/** A number box's text as the schema should see it: blank is missing, not 0. */
function asNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

function attempt(values: Values): Attempt {
  const parsed = lintOptionsSchema.safeParse({
    maxWords: asNumber(values.maxWords),
    maxMinutes: asNumber(values.maxMinutes),
    disabled: lintHintIds.filter((id) => values.disabled.has(id)),
  });
  if (parsed.success) return { patch: { lint: parsed.data }, message: 'Saved. Drafts are judged by these hints.' };
  const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return { problems: Object.fromEntries(Object.entries(sentences).filter(([key]) => fields.has(key))) };
}

/** Saved as you type; a number out of range is not saved and says so at its box. */
export function HintsSection({ settings }: { settings: Settings }) {
  const [values, setValues] = useState<Values>({
    maxWords: String(settings.lint.maxWords),
    maxMinutes: String(settings.lint.maxMinutes),
    disabled: new Set(settings.lint.disabled),
  });
  const { status, problems, edit } = useAutoSave('hints');
  const change = (patch: Partial<Values>, now = false) => {
    const next = { ...values, ...patch };
    setValues(next);
    edit(() => attempt(next), now);
  };
  const toggle = (id: LintHintId, on: boolean) => {
    const disabled = new Set(values.disabled);
    if (on) disabled.delete(id);
    else disabled.add(id);
    change({ disabled }, true);
  };
  const describedBy = (key: 'maxWords' | 'maxMinutes', help: string) => (problems[key] ? `${help} ${help}-problem` : help);

  return (
    <SectionCard
      id="hints"
      intro="As you draft, Confab points out what Steve Dalton’s 5-point email warns against. Hints never stop you copying a draft."
    >
      <div class="stack">
        <div class="two-columns narrow">
          <div class="field">
            <label for="max-words">Most words in a request</label>
            <input
              id="max-words"
              type="number"
              min={10}
              max={1000}
              value={values.maxWords}
              onInput={(e) => change({ maxWords: e.currentTarget.value })}
              aria-invalid={Boolean(problems['maxWords'])}
              aria-describedby={describedBy('maxWords', 'max-words-help')}
            />
            <span class="help" id="max-words-help">
              The method says under about 100.
            </span>
            <FieldProblem id="max-words-help-problem" message={problems['maxWords']} />
          </div>
          <div class="field">
            <label for="max-minutes">Longest call to ask for (minutes)</label>
            <input
              id="max-minutes"
              type="number"
              min={5}
              max={240}
              value={values.maxMinutes}
              onInput={(e) => change({ maxMinutes: e.currentTarget.value })}
              aria-invalid={Boolean(problems['maxMinutes'])}
              aria-describedby={describedBy('maxMinutes', 'max-minutes-help')}
            />
            <span class="help" id="max-minutes-help">
              15 to 30 minutes is a small favour.
            </span>
            <FieldProblem id="max-minutes-help-problem" message={problems['maxMinutes']} />
          </div>
        </div>
        <fieldset class="hint-choices">
          <legend>Show these hints</legend>
          {lintHintIds.map((id) => (
            <label class="check" key={id}>
              <input type="checkbox" checked={!values.disabled.has(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
              <span>
                {hintLabels[id].label}
                <span class="muted block">{hintLabels[id].why}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <AutoSaveStatus status={status} />
      </div>
    </SectionCard>
  );
}
