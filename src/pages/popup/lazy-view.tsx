import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view loaded when first shown. The popup opens on This page, and what it loads before that view is
 * filled is what the person waits for: the Draft and Today views (templates, hints, the
 * composer) come after, in their own chunk.
 */
export function LazyView<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (component) => live && setView(() => component),
      (reason: unknown) => live && setError(reason instanceof Error ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (error)
    return (
      <p class="notice error" role="alert">
        This view could not be loaded. Close this window and open Confab again.
      </p>
    );
  if (!View) return <p class="muted">Loading…</p>;
  return <View {...props} />;
}
