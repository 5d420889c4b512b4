/**
 * Plain-text reading for the LinkedIn extractor. Text is always read from text nodes (never
 * markup as HTML), with the junk LinkedIn mixes into profile markup left out: sign-in modals and other
 * dialogs, forms, scripts, buttons ("Contact Info", "…see more") and screen-reader duplicates.
 */

/** Containers whose text never belongs to the profile; a match inside one is ignored too. */
const junkSelector = [
  'script',
  'style',
  'template',
  'noscript',
  'code',
  'form',
  'dialog',
  '[role="dialog"]',
  '[aria-modal="true"]',
  '.modal',
  '.sign-in-modal',
  '.contextual-sign-in-modal',
].join(',');

/**
 * Left out of text read from a wider element (but fine to target directly): buttons, icons,
 * screen-reader duplicates and the "... See more" of clamped text.
 */
const skippedSelector = `${junkSelector},button,svg,.visually-hidden,.sr-only,.lt-line-clamp__ellipsis,.inline-show-more-text__button`;

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const maxLength = 20_000;

/** Collapses whitespace and trims; empty becomes null. */
export function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\s\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
  return text ? text.slice(0, maxLength).trim() : null;
}

/** Whether the element sits inside a modal, form, script or similar junk container. */
export function inJunk(el: Element): boolean {
  return el.parentElement?.closest(junkSelector) != null;
}

/** The element's visible text, whitespace collapsed, junk descendants skipped. */
export function textOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  const parts: string[] = [];
  collect(el, parts);
  return clean(parts.join(''));
}

/** The first non-empty text node of the element, in document order, junk skipped. */
export function firstTextOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      const text = clean(node.textContent);
      if (text) return text;
    } else if (node.nodeType === 1 && !(node as Element).matches(skippedSelector)) {
      const text = firstTextOf(node as Element);
      if (text) return text;
    }
  }
  return null;
}

/** Text of the element's own text nodes (not its children's). */
export function ownTextOf(el: Element): string | null {
  return clean(
    Array.from(el.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '')
      .join(' '),
  );
}

function collect(el: Element, parts: string[]): void {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
    } else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.matches(skippedSelector)) continue;
      const block = blockTags.has(child.tagName.toUpperCase());
      if (block) parts.push(' ');
      collect(child, parts);
      if (block) parts.push(' ');
    }
  }
}
