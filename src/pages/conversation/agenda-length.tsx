import { useState } from 'preact/hooks';
import { agendaLengthRange, agendaLengths } from '../../core/conversation/agenda.ts';

const presets: readonly number[] = agendaLengths;
const { min, max } = agendaLengthRange;

function validLength(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * The method's 15, 20 or 30 minutes, or any length from 5 to 240. A new length spreads the minutes
 * again (agenda-edit's setLength): a plan made for 30 minutes does not fit 15.
 */
export function AgendaLength({ length, onChange }: { length: number; onChange: (length: number) => void }) {
  const [custom, setCustom] = useState(!presets.includes(length));
  const [typed, setTyped] = useState(String(length));
  const typedValid = validLength(typed) !== null;

  return (
    <fieldset class="lengths">
      <legend>Length of the conversation</legend>
      <div class="segmented">
        {presets.map((minutes) => (
          <label key={minutes} class="segment">
            <input
              type="radio"
              name="agenda-length"
              checked={!custom && length === minutes}
              onChange={() => {
                setCustom(false);
                setTyped(String(minutes));
                onChange(minutes);
              }}
            />
            <span>{minutes} minutes</span>
          </label>
        ))}
        <label class="segment">
          <input
            type="radio"
            name="agenda-length"
            checked={custom}
            onChange={() => {
              setCustom(true);
              setTyped(String(length));
            }}
          />
          <span>Custom</span>
        </label>
      </div>
      {custom && (
        <div class="field custom-length">
          <label for="custom-length">
            Minutes ({min} to {max})
          </label>
          <input
            id="custom-length"
            type="number"
            min={min}
            max={max}
            step={1}
            value={typed}
            aria-invalid={!typedValid}
            aria-describedby={typedValid ? undefined : 'custom-length-error'}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setTyped(text);
              const value = validLength(text);
              if (value !== null && value !== length) onChange(value);
            }}
          />
          {!typedValid && (
            <p id="custom-length-error" class="notice error" role="alert">
              Enter a whole number of minutes from {min} to {max}.
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
