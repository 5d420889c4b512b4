import { useEffect } from 'preact/hooks';

/**
 * Links into the page name an element by its id (`index.html#about-you-field`): once the page is drawn,
 * that element is scrolled to and focused, so typing can start at once. A section's id focuses its
 * heading, as the table of contents does. Followed again when only the hash changes.
 */
function focusHashTarget(hash: string = location.hash): boolean {
  const id = decodeURIComponent(hash.replace(/^#/u, ''));
  if (!id) return false;
  const element = document.getElementById(id);
  const target = element?.tagName === 'SECTION' ? document.getElementById(`${id}-heading`) : element;
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

/** Follows the hash once `ready` (the sections it may name are drawn), and on every later change. */
export function useHashFocus(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    focusHashTarget();
    const follow = () => focusHashTarget();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [ready]);
}

/** The About-you field that gives a template variable its value: where a link about its gap leads. */
export const aboutYouFieldIds = { myName: 'about-you-name', field: 'about-you-field', minutes: 'about-you-minutes' } as const;

/** An in-page link's click: the URL keeps the hash, and the element is focused even when the hash was already that. */
export function followInPageLink(event: Event, id: string): void {
  event.preventDefault();
  history.replaceState(null, '', `#${id}`);
  focusHashTarget(`#${id}`);
}
