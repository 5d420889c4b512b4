/** Applies the registry's picks (selectors.ts) to a document or an element. Never throws. */
import type { Pick, Picks } from './selector-types.ts';
import { clean, firstTextOf, inJunk, ownTextOf, textOf } from './text.ts';

type Root = Document | Element;

function normalise(pick: string | Pick): Pick {
  return typeof pick === 'string' ? { sel: pick } : pick;
}

/** Matches of a selector outside junk containers; an invalid selector matches nothing. */
export function queryAll(root: Root, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).filter((el) => !inJunk(el));
  } catch {
    return [];
  }
}

/** The elements a pick selects, in the order they should be tried. */
function candidates(root: Root, pick: Pick): Element[] {
  let found = queryAll(root, pick.sel);
  if (pick.not) {
    const not = pick.not;
    found = found.filter((el) => queryAll(el, not).length === 0);
  }
  if (pick.only || pick.skip) {
    const { only, skip } = pick;
    found = found.filter((el) => {
      const text = textOf(el) ?? '';
      return (!only || only.test(text)) && !skip?.test(text);
    });
  }
  if (pick.nth === undefined) return found;
  const one = found[pick.nth];
  return one ? [one] : [];
}

function refine(text: string | null, pick: Pick): string | null {
  if (!text) return null;
  if (pick.cut) text = text.split(pick.cut)[0] ?? null;
  if (pick.after) {
    const at = text?.indexOf(pick.after) ?? -1;
    text = at < 0 ? null : (text?.slice(at + pick.after.length) ?? null);
  }
  if (pick.trimEnd && text) {
    const chars = pick.trimEnd;
    text = text.trimEnd();
    while (text && chars.includes(text.charAt(text.length - 1))) text = text.slice(0, -1).trimEnd();
  }
  return clean(text);
}

/** The first usable text the picks give, tried in order; `reject` rules out wrong-looking values. */
export function readText(root: Root, picks: Picks | undefined, reject?: RegExp): string | null {
  for (const raw of picks ?? []) {
    const pick = normalise(raw);
    for (const el of candidates(root, pick)) {
      const text = refine(pick.first ? firstTextOf(el) : textOf(el), pick);
      if (text && !reject?.test(text)) return text;
    }
  }
  return null;
}

/** The first element the picks select. */
export function readElement(root: Root, picks: Picks | undefined): Element | null {
  for (const raw of picks ?? []) {
    const found = candidates(root, normalise(raw))[0];
    if (found) return found;
  }
  return null;
}

export interface DateRange {
  start: string | null;
  end: string | null;
}

/** hCalendar date parts (2013 public profile): `<abbr class="dtstart">`, "Present" marked `dtstamp`. */
const microformatDates = '.dtstart, .dtend, .dtstamp';

/**
 * A date without the dashes around it or the duration 2013–2017 pages put after it in parentheses:
 * "– Present (6 years 1 month)" → "Present", "<time> – 2011</time>" → "2011".
 */
function trimDate(text: string | null | undefined): string | null {
  return clean(text?.replace(/\s*\([^()]*\)\s*$/, '').replace(/^[\s\-–—]+|[\s\-–—]+$/g, ''));
}

function dateParts(el: Element, selector: string): string[] {
  return queryAll(el, selector)
    .map((part) => trimDate(textOf(part)))
    .filter((text): text is string => text !== null);
}

/**
 * "<time>Jul 2020</time> - Present", "<time>2005</time> - <time>2009</time>", the same with hCalendar
 * `<abbr class="dtstart">` parts, or plain text "Dec 2019 - Present · 2 yrs 4 mos" / "January 2010 –
 * Present (6 years 1 month)". Durations are dropped; the end is kept as shown ("Present").
 */
export function readDates(el: Element | null): DateRange {
  if (!el) return { start: null, end: null };
  let parts = dateParts(el, 'time');
  if (parts.length === 0) parts = dateParts(el, microformatDates);
  if (parts.length > 0) {
    const end = parts[1] ?? trimDate(ownTextOf(el));
    return { start: parts[0] ?? null, end };
  }
  const text = textOf(el)?.split(/\s[·•]\s/)[0] ?? '';
  const [start, end] = text.split(/\s+[-–—]\s+|^[-–—]\s*/);
  return { start: trimDate(start), end: trimDate(end) };
}
