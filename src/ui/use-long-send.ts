import { useState } from 'preact/hooks';
import type { Progress } from '../core/progress/progress.ts';
import type { LongSend } from '../messaging/send-long.ts';

/**
 * One long message at a time from a page section: its latest progress for the bar, whether it is
 * running, and Cancel (which the outcome confirms: `start` then rejects with Cancelled).
 */
export function useLongSend() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState<Pick<LongSend<unknown>, 'cancel'> | null>(null);
  const [cancelling, setCancelling] = useState(false);

  const start = async <T>(begin: (onProgress: (progress: Progress) => void) => LongSend<T>): Promise<T> => {
    setProgress(null);
    setCancelling(false);
    const run = begin(setProgress);
    setRunning(run);
    try {
      return await run.result;
    } finally {
      // A later run may have started meanwhile (another file chosen): that one stays.
      setRunning((now) => (now === run ? null : now));
    }
  };
  const cancel = () => {
    if (!running) return;
    setCancelling(true);
    running.cancel();
  };
  return { progress, running: running !== null, cancelling, start, cancel };
}
