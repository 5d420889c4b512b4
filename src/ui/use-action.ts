import { useState } from 'preact/hooks';
import type { SaveStatus } from './use-save.ts';

/**
 * One message to the background from a button, and its outcome beside that button: a status when it
 * worked, an alert saying why when it did not. `busy` lets the button refuse a second click meanwhile.
 */
export function useAction() {
  const [status, setStatus] = useState<SaveStatus>(null);
  const [busy, setBusy] = useState(false);
  const run = async <T>(action: () => Promise<T>, done: string | ((value: T) => string)): Promise<T | undefined> => {
    setBusy(true);
    try {
      const value = await action();
      setStatus({ kind: 'ok', message: typeof done === 'string' ? done : done(value) });
      return value;
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { status, setStatus, busy, run };
}
