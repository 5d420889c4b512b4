/**
 * A restore or a deletion changes what every card of the options page shows, and the cards keep their
 * own copies of the values while they are edited. Rather than teach each card to notice, the page is
 * loaded afresh, and the outcome is carried across the reload to be said where the person acted.
 */
import { discardUnsaved } from '../unsaved-changes.ts';

const key = 'confab-options-outcome';

export function reloadWithOutcome(section: string, message: string): void {
  sessionStorage.setItem(key, JSON.stringify({ section, message }));
  discardUnsaved();
  location.hash = section;
  location.reload();
}

/** The message left for this section before the reload, once. */
export function takeOutcome(section: string): string | null {
  const stored = sessionStorage.getItem(key);
  if (!stored) return null;
  try {
    const outcome = JSON.parse(stored) as { section?: unknown; message?: unknown };
    if (outcome.section !== section || typeof outcome.message !== 'string') return null;
    sessionStorage.removeItem(key);
    return outcome.message;
  } catch {
    sessionStorage.removeItem(key);
    return null;
  }
}
