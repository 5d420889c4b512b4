import { useState } from 'preact/hooks';
import { connectionNoteLimit } from '../../core/drafting/channels.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { AutoSaveStatus } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useAutoSave } from './use-auto-save.ts';

/** What LinkedIn lets this account send. When a thank-you is due and late is under Reminder timing. */
export function AccountSection({ settings }: { settings: Settings }) {
  // Shown at once, saved behind: the stored value comes back a moment later.
  const [premium, setPremium] = useState(settings.premium);
  const { status, edit } = useAutoSave('account');

  return (
    <SectionCard id="account">
      <label class="check">
        <input
          type="checkbox"
          checked={premium}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setPremium(on);
            edit(
              () => ({
                patch: { premium: on },
                message: on
                  ? 'Saved. Premium is on: connection notes may be 300 characters.'
                  : 'Saved. Premium is off: connection notes are held to 200 characters.',
              }),
              true,
            );
          }}
        />
        <span>
          Premium account
          <span class="muted block">
            Connection notes may then be {connectionNoteLimit.premium} characters instead of {connectionNoteLimit.free}.
          </span>
        </span>
      </label>
      <AutoSaveStatus status={status} />
    </SectionCard>
  );
}
