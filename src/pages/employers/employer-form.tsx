import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { duplicateEmployer, employerSchema, scoreLabels, type Employer, type EmployerInput } from '../../core/employers/employers.ts';
import { ErrorList, issueMessages } from '../../ui/save-status.tsx';

interface Props {
  /** The employer being edited, or a blank one to add. */
  employer: EmployerInput;
  employers: readonly Employer[];
  busy: boolean;
  onSave: (employer: Employer) => void;
  onCancel: () => void;
}

const fieldNames = { name: 'Name', motivation: 'Motivation', posting: 'Posting', notes: 'Notes' };

/** A score 0–3 as four radio buttons, each with the method's words for it. */
function ScoreField({
  name,
  legend,
  value,
  labels,
  onChange,
}: {
  name: string;
  legend: string;
  value: number;
  labels: readonly string[];
  onChange: (v: number) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="choices">
        {labels.map((label, score) => (
          <label key={label} class="choice">
            <input type="radio" name={name} checked={value === score} onChange={() => onChange(score)} />
            {score} · {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Add or edit one employer of the LAMP list: name, advocacy, motivation, posting and notes. */
export function EmployerForm({ employer, employers, busy, onSave, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState({ advocacy: false, motivation: 0, posting: 0, notes: '', ...employer });
  const [errors, setErrors] = useState<string[]>([]);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);
  const set = (patch: Partial<EmployerInput>) => setDraft({ ...draft, ...patch });
  const duplicate = draft.name.trim() ? duplicateEmployer(draft.name, employers, employer.id) : null;

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = employerSchema.safeParse(draft);
    if (!parsed.success) return setErrors(issueMessages(parsed.error.issues, fieldNames));
    if (duplicate) return setErrors([`“${duplicate.name}” is already on your list.`]);
    setErrors([]);
    onSave(parsed.data);
  };

  return (
    <form class="employer-form stack" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{employer.id === undefined ? 'Add an employer' : `Edit ${employer.name}`}</h3>
      <label class="field">
        Name
        <input
          ref={nameInput}
          type="text"
          maxLength={200}
          value={draft.name}
          aria-invalid={duplicate ? 'true' : undefined}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      {duplicate && <p class="notice warn">“{duplicate.name}” is already on your list under that name.</p>}
      <label class="check">
        <input type="checkbox" checked={draft.advocacy} onChange={(e) => set({ advocacy: e.currentTarget.checked })} />
        <span>
          <strong>Advocacy:</strong> I know someone there, or alumni of my schools work there
        </span>
      </label>
      <ScoreField
        name={`${id}-m`}
        legend="Motivation: how much do I want to work there?"
        value={draft.motivation}
        labels={scoreLabels.motivation}
        onChange={(motivation) => set({ motivation })}
      />
      <ScoreField
        name={`${id}-p`}
        legend="Posting: are there relevant open roles?"
        value={draft.posting}
        labels={scoreLabels.posting}
        onChange={(posting) => set({ posting })}
      />
      <label class="field">
        Notes
        <textarea rows={3} maxLength={20_000} value={draft.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </label>
      <ErrorList errors={errors} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {employer.id === undefined ? 'Add employer' : 'Save employer'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
