import type { SecondPersons } from '../../../db/second-person.ts';

/** Enough names to pick from in a popup; the rest are on the contacts page. */
const shownAtMost = 5;

/**
 * 3B7's second person: the others saved at the same employer who have not been asked yet, each one
 * click from a draft to them; or, when there is no one, where to look.
 */
export function SecondPersonList({ second, onDraftTo }: { second: SecondPersons; onDraftTo: (slug: string) => void }) {
  const at = second.company || 'this employer';
  if (second.others.length === 0) return <p class="muted second-none">No one else saved at {at} yet: find someone on LinkedIn.</p>;
  const shown = second.others.slice(0, shownAtMost);
  const more = second.others.length - shown.length;
  return (
    <div class="second-people">
      <p class="muted">Not asked yet at {at}:</p>
      <ul class="second-list">
        {shown.map((other) => (
          <li key={other.slug}>
            <button type="button" class="primary small" onClick={() => onDraftTo(other.slug)}>
              Draft to {other.name}
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && <p class="muted">{more === 1 ? '1 more' : `${more} more`} on the contacts page.</p>}
    </div>
  );
}
