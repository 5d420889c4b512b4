import { useState } from 'preact/hooks';
import { connectionNoteLimit } from '../core/channels.ts';
import type { Settings, SettingsPatch } from '../core/settings.ts';
import { database } from '../db/database.ts';
import { readSettings } from '../db/settings-repo.ts';
import { send } from '../messaging/send.ts';
import { useLiveQuery } from '../ui/use-live-query.ts';

export function OptionsPage() {
  const settings = useLiveQuery(() => readSettings(database()), []);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; message: string } | null>(null);

  const save = async (patch: SettingsPatch) => {
    try {
      await send('saveSettings', patch);
      setStatus({ kind: 'ok', message: 'Saved.' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main class="options">
      <h1>Confab options</h1>
      {settings.state === 'loading' && <p class="muted">Loading…</p>}
      {settings.state === 'error' && <p class="notice error" role="alert">{settings.error}</p>}
      {settings.state === 'ready' && <SettingsForm settings={settings.value} onSave={save} />}
      {status && (
        <p class={`notice ${status.kind === 'ok' ? 'ok' : 'error'}`} role={status.kind === 'ok' ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
      <section class="card" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <p>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> opens Confab; <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> saves the open profile
          straight away. Change them at <code>chrome://extensions/shortcuts</code>.
        </p>
      </section>
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your data</h2>
        <p>
          Everything Confab keeps stays in this browser profile. It has no account, no server and makes no network requests. It reads a
          LinkedIn page only when you click its icon or press the shortcut, and never changes the page or sends anything.
        </p>
      </section>
    </main>
  );
}

function SettingsForm({ settings, onSave }: { settings: Settings; onSave: (patch: SettingsPatch) => Promise<void> }) {
  const [delay, setDelay] = useState(String(settings.thankYouDelayHours));
  const delayValid = /^\d+$/.test(delay) && Number(delay) >= 1 && Number(delay) <= 336;

  return (
    <section class="card" aria-labelledby="account-heading">
      <h2 id="account-heading">LinkedIn account and reminders</h2>
      <label class="check">
        <input type="checkbox" checked={settings.premium} onChange={(e) => void onSave({ premium: e.currentTarget.checked })} />
        <span>
          Premium account
          <span class="muted" style="display:block">
            Connection notes may then be {connectionNoteLimit.premium} characters instead of {connectionNoteLimit.free}.
          </span>
        </span>
      </label>
      <form
        class="row delay"
        onSubmit={(e) => {
          e.preventDefault();
          if (delayValid) void onSave({ thankYouDelayHours: Number(delay) });
        }}
      >
        <label class="field">
          Thank-you delay (hours)
          <input type="number" min={1} max={336} value={delay} onInput={(e) => setDelay(e.currentTarget.value)} aria-invalid={!delayValid} />
        </label>
        <button type="submit" disabled={!delayValid} style="align-self:flex-end">
          Save delay
        </button>
      </form>
      <p class="muted">A thank-you note is overdue this long after the conversation. The method says within 24 hours.</p>
      {!delayValid && <p class="notice error" role="alert">Enter a whole number of hours from 1 to 336 (two weeks).</p>}
    </section>
  );
}
