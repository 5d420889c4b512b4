import { useState } from 'preact/hooks';
import { FieldProblem } from '../../ui/save-status.tsx';

/** The lengths the method asks for; anything else is a custom length. */
const presets = [15, 20, 30] as const;

function isPresetMinutes(minutes: number): boolean {
  return (presets as readonly number[]).includes(minutes);
}

interface Props {
  /** The id a link to this field targets: on the chosen length, or on the custom box when it is shown. */
  id: string;
  /** The minutes as typed: a custom length may be half-typed or out of range, and is then not saved. */
  value: string;
  /** `now`: a click, saved at once; typing waits for a pause. */
  onChange: (value: string, now: boolean) => void;
  problem: string | undefined;
}

export function MinutesField({ id, value, onChange, problem }: Props) {
  const [custom, setCustom] = useState(!isPresetMinutes(Number(value)));
  const problemId = `${id}-problem`;

  return (
    <fieldset class="minutes">
      <legend>Conversation length</legend>
      <div class="choices" role="presentation">
        {presets.map((preset) => {
          const checked = !custom && Number(value) === preset;
          return (
            <label class="choice" key={preset}>
              <input
                id={checked ? id : undefined}
                type="radio"
                name="minutes"
                checked={checked}
                onChange={() => {
                  setCustom(false);
                  onChange(String(preset), true);
                }}
              />
              {preset} minutes
            </label>
          );
        })}
        <label class="choice">
          <input type="radio" name="minutes" checked={custom} onChange={() => setCustom(true)} />
          Custom
        </label>
        {custom && (
          <label class="field inline">
            Minutes (5 to 240)
            <input
              id={id}
              type="number"
              min={5}
              max={240}
              value={value}
              onInput={(e) => onChange(e.currentTarget.value, false)}
              aria-invalid={Boolean(problem)}
              aria-describedby={problem ? problemId : undefined}
            />
          </label>
        )}
      </div>
      <FieldProblem id={problemId} message={problem} />
      <p class="muted">What your requests offer as {'{minutes}'}. The method asks for 15, 20 or 30 minutes.</p>
    </fieldset>
  );
}
