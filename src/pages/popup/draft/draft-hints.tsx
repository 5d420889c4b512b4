import type { Count } from '../../../core/drafting/channels.ts';
import type { LintHint } from '../../../core/drafting/draft-lint.ts';

/** `N / LIMIT` (or `N words`), marked when over, with how far over. */
export function Counter({ count, id }: { count: Count; id: string }) {
  const over = count.over && count.limit !== null ? ` · ${count.count - count.limit} over the limit` : '';
  return (
    <output id={id} class={`counter${count.over ? ' over' : ''}`} data-testid={id} aria-live="polite">
      {count.label}
      {over}
    </output>
  );
}

/** The text past the channel's limit, marked, so the person sees exactly what LinkedIn would not take. */
export function Overflow({ text, count }: { text: string; count: Count }) {
  if (count.overflowAt === null || count.overflowAt === undefined) return null;
  const fits = text.slice(Math.max(0, count.overflowAt - 40), count.overflowAt);
  const past = text.slice(count.overflowAt);
  return (
    <p class="overflow" data-testid="overflow">
      <span class="muted">Does not fit: </span>…{fits}
      <mark>{past.length > 300 ? `${past.slice(0, 300)}…` : past}</mark>
    </p>
  );
}

/** Suggestions, never a block: each says why in one sentence. */
export function Hints({ hints }: { hints: readonly LintHint[] }) {
  if (hints.length === 0) return null;
  return (
    <section class="hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading" class="hints-title">
        Hints
      </h2>
      <ul>
        {hints.map((hint) => (
          <li key={hint.id} data-hint={hint.id}>
            {hint.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
