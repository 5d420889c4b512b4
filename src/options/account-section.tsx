import { useState } from 'preact/hooks';
import { connectionNoteLimit } from '../core/channels.ts';
import type { Settings } from '../core/settings.ts';
import { SaveStatusLine } from './save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useSave } from './use-save.ts';

const maxDelayHours = 24 * 14;

export function AccountSection({ settings }: { settings: Settings }) {
  const [delay, setDelay] = useState(String(settings.thankYouDelayHours));
  const { status, save } = useSave();
  const delayValid = /^\d+$/.test(delay) && Number(delay) >= 1 && Number(delay) <= maxDelayHours;

  return (
    <SectionCard id="account">
      <label class="check">
        <input
          type="checkbox"
          checked={settings.premium}
          onChange={(e) => {
            const premium = e.currentTarget.checked;
            void save({ premium }, premium ? 'Saved. Premium is on: connection notes may be 300 characters.' : 'Saved. Premium is off: connection notes are held to 200 characters.');
          }}
        />
        <span>
          Premium account
          <span class="muted block">
            Connection notes may then be {connectionNoteLimit.premium} characters instead of {connectionNoteLimit.free}.
          </span>
        </span>
      </label>
      <form
        class="row delay"
        onSubmit={(e) => {
          e.preventDefault();
          if (delayValid) void save({ thankYouDelayHours: Number(delay) }, `Saved. A thank-you note is now overdue after ${delay} hours.`);
        }}
      >
        <label class="field">
          Thank-you delay (hours)
          <input type="number" min={1} max={maxDelayHours} value={delay} onInput={(e) => setDelay(e.currentTarget.value)} aria-invalid={!delayValid} aria-describedby="delay-help" />
        </label>
        <button type="submit" disabled={!delayValid} class="align-end">
          Save delay
        </button>
      </form>
      <p class="muted" id="delay-help">
        A thank-you note is overdue this long after the conversation. The method says within 24 hours.
      </p>
      {!delayValid && (
        <p class="notice error" role="alert">
          Enter a whole number of hours from 1 to {maxDelayHours} (two weeks).
        </p>
      )}
      <SaveStatusLine status={status} />
    </SectionCard>
  );
}
