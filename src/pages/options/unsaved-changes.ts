import { useEffect } from 'preact/hooks';

/**
 * What on the page is not stored yet, by the part that holds it: a value waiting for its save, one
 * that is not valid and so not saved, a template or question typed but not yet saved with its button.
 * While any is, leaving or reloading the page asks first (the browser's own "Leave site?" dialog).
 */
const unsaved = new Set<string>();
/** Saves waiting for their pause in typing: sent at once when the page is being left. */
const flushers = new Set<() => void>();

export function setUnsaved(key: string, isUnsaved: boolean): void {
  if (isUnsaved) unsaved.add(key);
  else unsaved.delete(key);
}

export function hasUnsaved(): boolean {
  return unsaved.size > 0;
}

export function onLeaving(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/**
 * A restore or a deletion replaced what the page was editing: what was typed and not saved is
 * discarded, never sent on top of the new data as the page reloads.
 */
export function discardUnsaved(): void {
  unsaved.clear();
  flushers.clear();
}

/** Installed once by the page; returns the removal. */
export function warnBeforeLeaving(target: Window = window): () => void {
  const listener = (event: BeforeUnloadEvent) => {
    for (const flush of flushers) flush();
    // A save just sent is not stored yet: the person may stay while it finishes.
    if (!hasUnsaved()) return;
    event.preventDefault();
    // Older Chromium asks only when returnValue is set.
    event.returnValue = '';
  };
  const hidden = () => {
    for (const flush of flushers) flush();
  };
  target.addEventListener('beforeunload', listener);
  target.addEventListener('pagehide', hidden);
  return () => {
    target.removeEventListener('beforeunload', listener);
    target.removeEventListener('pagehide', hidden);
  };
}

/** A part of the page that is unsaved while `isUnsaved`; it stops counting when it goes away. */
export function useUnsaved(key: string, isUnsaved: boolean): void {
  useEffect(() => {
    setUnsaved(key, isUnsaved);
  }, [key, isUnsaved]);
  useEffect(() => () => setUnsaved(key, false), [key]);
}
