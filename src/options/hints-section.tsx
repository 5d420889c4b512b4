import { useState } from 'preact/hooks';
import { lintHintIds, lintOptionsSchema, type LintHintId } from '../core/draft-lint.ts';
import type { Settings } from '../core/settings.ts';
import { hintLabels } from './hint-labels.ts';
import { ErrorList, issueMessages, SaveStatusLine } from './save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useSave } from './use-save.ts';

const fieldNames = { maxWords: 'Most words in a request', maxMinutes: 'Longest call to ask for' };
const sentences = {
  maxWords: 'Most words in a request: a whole number from 10 to 1,000.',
  maxMinutes: 'Longest call to ask for: a whole number of minutes from 5 to 240.',
};

/** A number box's text as the schema should see it: blank is missing, not 0. */
function asNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

export function HintsSection({ settings }: { settings: Settings }) {
  const [maxWords, setMaxWords] = useState(String(settings.lint.maxWords));
  const [maxMinutes, setMaxMinutes] = useState(String(settings.lint.maxMinutes));
  const [disabled, setDisabled] = useState<ReadonlySet<LintHintId>>(new Set(settings.lint.disabled));
  const [errors, setErrors] = useState<string[]>([]);
  const { status, setStatus, save } = useSave();

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = lintOptionsSchema.safeParse({ maxWords: asNumber(maxWords), maxMinutes: asNumber(maxMinutes), disabled: lintHintIds.filter((id) => disabled.has(id)) });
    if (!parsed.success) {
      setStatus(null);
      setErrors(issueMessages(parsed.error.issues, fieldNames, sentences));
      return;
    }
    setErrors([]);
    await save({ lint: parsed.data }, 'Saved the drafting hints.');
  };
  const toggle = (id: LintHintId, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(id);
    else next.add(id);
    setDisabled(next);
  };

  return (
    <SectionCard id="hints" intro="As you draft, Confab points out what Steve Dalton’s 5-point email warns against. Hints never stop you copying a draft.">
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div class="two-columns narrow">
          <div class="field">
            <label for="max-words">Most words in a request</label>
            <input id="max-words" type="number" min={10} max={1000} value={maxWords} onInput={(e) => setMaxWords(e.currentTarget.value)} aria-invalid={errors.includes(sentences.maxWords)} aria-describedby="max-words-help" />
            <span class="help" id="max-words-help">The method says under about 100.</span>
          </div>
          <div class="field">
            <label for="max-minutes">Longest call to ask for (minutes)</label>
            <input id="max-minutes" type="number" min={5} max={240} value={maxMinutes} onInput={(e) => setMaxMinutes(e.currentTarget.value)} aria-invalid={errors.includes(sentences.maxMinutes)} aria-describedby="max-minutes-help" />
            <span class="help" id="max-minutes-help">15 to 30 minutes is a small favour.</span>
          </div>
        </div>
        <fieldset class="hint-choices">
          <legend>Show these hints</legend>
          {lintHintIds.map((id) => (
            <label class="check" key={id}>
              <input type="checkbox" checked={!disabled.has(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
              <span>
                {hintLabels[id].label}
                <span class="muted block">{hintLabels[id].why}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <ErrorList errors={errors} />
        <div class="row">
          <button type="submit" class="primary">
            Save hints
          </button>
        </div>
        <SaveStatusLine status={status} />
      </form>
    </SectionCard>
  );
}
