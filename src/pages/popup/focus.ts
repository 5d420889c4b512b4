/**
 * The popup opens with nothing focused, and a keyboard user would have to tab into it: the view's
 * first sensible place takes the focus, unless the person has already moved somewhere (a tab, say).
 */
export function focusIfNothingIs(element: HTMLElement | null): void {
  if (element && (document.activeElement === document.body || document.activeElement === null)) element.focus();
}
