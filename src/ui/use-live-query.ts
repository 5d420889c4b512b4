import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: string };

/**
 * Subscribes a component to a Dexie query: it re-renders whenever the data it read changes, whoever
 * changed it (the background after a message, another page). A small stand-in for dexie-react-hooks,
 * which would drag React in beside Preact. Subscribed in a layout effect: Preact runs plain effects
 * only after the next paint, which would hold every read (a page's first rows, a search's keystroke)
 * back by a frame or more; the query itself answers later anyway, so nothing blocks the paint.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setLive({ state: 'ready', value }),
      error: (error: unknown) => setLive({ state: 'error', error: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return live;
}

export function valueOr<T>(live: Live<T>, fallback: T): T {
  return live.state === 'ready' ? live.value : fallback;
}
