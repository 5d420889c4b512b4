import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsPatch } from '../../core/settings/settings.ts';
import { send } from '../../messaging/send.ts';
import { onLeaving, setUnsaved } from './unsaved-changes.ts';
import type { SaveStatus } from '../../ui/use-save.ts';

/** What a section's current values would store, or, per field, why they cannot be stored. */
export type Attempt = { patch: SettingsPatch; message?: string } | { problems: Record<string, string> };

/** Long enough not to save half a word, short enough that a quick reload rarely finds it pending. */
const autoSaveDelayMs = 600;

/**
 * Saves a section as the person types, after a pause: only valid values are stored, the problems of
 * the others are shown at their fields (once the typing pauses, not at every key). Until the last
 * edit is stored the section counts as unsaved, so leaving the page asks first. Saves go out one
 * after the other, so an older one can never land after a newer one.
 */
export function useAutoSave(key: string, delayMs = autoSaveDelayMs) {
  const [status, setStatus] = useState<SaveStatus>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const next = useRef<(() => Attempt) | null>(null);
  const edits = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const run = () => {
    timer.current = null;
    const attempt = next.current?.();
    next.current = null;
    if (!attempt) return;
    if ('problems' in attempt) {
      setProblems(attempt.problems);
      return;
    }
    setProblems({});
    const edit = edits.current;
    queue.current = queue.current.then(async () => {
      try {
        await send('saveSettings', attempt.patch);
        if (edit !== edits.current) return;
        setUnsaved(key, false);
        setStatus({ kind: 'ok', message: attempt.message ?? 'Saved.' });
      } catch {
        setStatus({ kind: 'error', message: 'This change could not be saved. Reload the page and make it again.' });
      }
    });
  };
  const flush = () => {
    if (!timer.current) return;
    clearTimeout(timer.current);
    run();
  };

  /** A new value: `attempt` is checked when the typing pauses, or at once for a click (`now`). */
  const edit = (attempt: () => Attempt, now = false) => {
    edits.current += 1;
    next.current = attempt;
    setUnsaved(key, true);
    setStatus(null);
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (now) run();
    else timer.current = setTimeout(run, delayMs);
  };

  useEffect(() => {
    const stop = onLeaving(flush);
    return () => {
      stop();
      flush();
      setUnsaved(key, false);
    };
  }, []);

  return { status, problems, edit, flush };
}
