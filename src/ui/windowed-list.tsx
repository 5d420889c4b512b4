import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  /** Every row has this height in pixels: the window is computed from it, never measured per row. */
  rowHeight: number;
  label: string;
  /** The row's content; `tabbable` is true for the one row Tab reaches (its link gets tabIndex 0). */
  renderRow: (item: T, tabbable: boolean) => ComponentChildren;
  /** Rows rendered beyond each edge of the view, so a fast scroll does not show blank space. */
  overscan?: number;
  /** When this changes (a new search or filter), the list goes back to its first row. */
  resetKey?: string;
  /** Told which rows are rendered (in view, the overscan, the focused one), for a list that reads its rows as they are shown. */
  onShown?: (indexes: readonly number[]) => void;
}

const pageKeys: Record<string, (index: number, page: number, last: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i, page) => i + page,
  PageUp: (i, page) => i - page,
  Home: () => 0,
  End: (_i, _page, last) => last,
};

/**
 * A list of many thousand rows that renders only the rows in view: a scroll container, a spacer as
 * tall as all rows, and the visible rows placed at their offsets. The list is one Tab stop (a roving
 * tabindex); the arrows, Page Up/Down, Home and End move between rows and Enter opens the row's link.
 * The row holding focus stays rendered even when scrolled away, and rows are keyed by position, so
 * a live update of the list changes the focused row's content rather than removing it: focus stays.
 */
export function WindowedList<T>({ items, rowHeight, label, renderRow, overscan = 6, resetKey = '', onShown }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const last = items.length - 1;
  const current = Math.min(active, Math.max(last, 0));

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [resetKey]);

  // A layout effect: focus moves in the same task as the key press, before anything else can run.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    // A row read as it is shown may have no link yet: the focus waits for the render that brings it.
    const link = scroller.current?.querySelector<HTMLElement>(`[data-row="${current}"] a`);
    if (!link) return;
    focusPending.current = false;
    link.focus({ preventScroll: true });
  });

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(items.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  const shown = new Set<number>();
  for (let i = first; i < end; i += 1) shown.add(i);
  if (items.length > 0) shown.add(current);
  const indexes = [...shown].sort((a, b) => a - b);
  const shownKey = indexes.join(',');
  useEffect(() => onShown?.(indexes), [shownKey, onShown]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(last, index));
    const element = scroller.current!;
    const top = next * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
    setScrollTop(element.scrollTop);
    focusPending.current = true;
    setActive(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = pageKeys[event.key];
    if (!step || items.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(step(current, Math.max(1, Math.floor(viewHeight / rowHeight) - 1), last));
  };

  const onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (row) setActive(Number(row.dataset.row));
  };

  return (
    <div
      class="windowed"
      ref={scroller}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      <div role="list" aria-label={label} class="windowed-rows" style={{ height: `${items.length * rowHeight}px` }}>
        {indexes.map((index) => (
          <div
            key={index}
            role="listitem"
            data-row={index}
            aria-setsize={items.length}
            aria-posinset={index + 1}
            class="windowed-row"
            style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
          >
            {renderRow(items[index]!, index === current)}
          </div>
        ))}
      </div>
    </div>
  );
}
