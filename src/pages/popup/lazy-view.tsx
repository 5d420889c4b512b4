import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Loader } from './load-once.ts';

/**
 * A component loaded when first shown: the popup paints its shell (header, tabs, "Reading this
 * page…") with preact alone, and what needs the database, the schemas or a view's own code comes in
 * its own chunk, loaded while the tab is being read. Once loaded, it renders at once.
 */
export function useLoaded<P extends object>(load: Loader<ComponentType<P>>): { View: ComponentType<P> | null; failed: boolean } {
  const [View, setView] = useState<ComponentType<P> | null>(() => load.loaded ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (View) return;
    let live = true;
    load().then(
      (component) => live && setView(() => component),
      (reason: unknown) => {
        console.warn('Confab: a part of the popup could not be loaded', reason);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return { View, failed };
}

/** A view loaded when first shown, with a line while it loads and a sentence if it cannot. */
export function LazyView<P extends object>({ load, props }: { load: Loader<ComponentType<P>>; props: P }) {
  const { View, failed } = useLoaded(load);
  if (failed)
    return (
      <p class="notice error" role="alert">
        This view could not be loaded. Close this window and open Confab again.
      </p>
    );
  if (!View) return <p class="muted">Loading…</p>;
  return <View {...props} />;
}
