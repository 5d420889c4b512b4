import { useState } from 'preact/hooks';
import type { SettingsPatch } from '../core/settings/settings.ts';
import { send } from '../messaging/send.ts';

export type SaveStatus = { kind: 'ok' | 'error'; message: string } | null;

/**
 * Each section reports its own saves beside its own controls: on a long page a message at the top
 * would be out of sight of the button that was pressed.
 */
export function useSave() {
  const [status, setStatus] = useState<SaveStatus>(null);
  const save = async (patch: SettingsPatch, done: string): Promise<boolean> => {
    try {
      await send('saveSettings', patch);
      setStatus({ kind: 'ok', message: done });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', message: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
      return false;
    }
  };
  return { status, setStatus, save };
}
