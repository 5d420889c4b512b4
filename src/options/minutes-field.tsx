import { useState } from 'preact/hooks';

/** The lengths the method asks for; anything else is a custom length. */
const presets = [15, 20, 30] as const;

export function isPresetMinutes(minutes: number): boolean {
  return (presets as readonly number[]).includes(minutes);
}

interface Props {
  /** The minutes as typed: a custom length may be half-typed or out of range until it is saved. */
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}

export function MinutesField({ value, onChange, invalid }: Props) {
  const [custom, setCustom] = useState(!isPresetMinutes(Number(value)));

  return (
    <fieldset class="minutes">
      <legend>Conversation length</legend>
      <div class="choices" role="presentation">
        {presets.map((preset) => (
          <label class="choice" key={preset}>
            <input
              type="radio"
              name="minutes"
              checked={!custom && Number(value) === preset}
              onChange={() => {
                setCustom(false);
                onChange(String(preset));
              }}
            />
            {preset} minutes
          </label>
        ))}
        <label class="choice">
          <input type="radio" name="minutes" checked={custom} onChange={() => setCustom(true)} />
          Custom
        </label>
        {custom && (
          <label class="field inline">
            Minutes (5 to 240)
            <input type="number" min={5} max={240} value={value} onInput={(e) => onChange(e.currentTarget.value)} aria-invalid={invalid} />
          </label>
        )}
      </div>
      <p class="muted">What your requests offer as {'{minutes}'}. The method asks for 15, 20 or 30 minutes.</p>
    </fieldset>
  );
}
