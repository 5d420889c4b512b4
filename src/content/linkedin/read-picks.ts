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

/**
 * "<time>Jul 2020</time> - Present", "<time>2005</time> - <time>2009</time>", or plain text
 * "Dec 2019 - Present · 2 yrs 4 mos". Durations are dropped; the end is kept as shown ("Present").
 */
export function readDates(el: Element | null): DateRange {
  if (!el) return { start: null, end: null };
  const times = queryAll(el, 'time')
    .map((time) => textOf(time))
    .filter((text): text is string => text !== null);
  if (times.length > 0) {
    const end = times[1] ?? clean(ownTextOf(el)?.replace(/^[\s\-–—]+|[\s\-–—]+$/g, ''));
    return { start: times[0] ?? null, end };
  }
  const text = textOf(el)?.split(/\s[·•]\s/)[0] ?? '';
  const [start, end] = text.split(/\s+[-–—]\s+|^[-–—]\s*/);
  return { start: clean(start), end: clean(end) };
}
