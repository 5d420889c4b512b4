import { pipelineStatuses, statusLabels, type Status } from '../../core/pipeline/status.ts';

interface Props {
  counts: Record<Status, number> | null;
  selected: Status | '';
  onSelect: (status: Status | '') => void;
}

const number = new Intl.NumberFormat();

/**
 * How many people are at each step, in the flow's order. Each count is also a toggle for the status
 * filter: the quickest way from "12 waiting for a thank-you" to those twelve.
 */
export function PipelineCounts({ counts, selected, onSelect }: Props) {
  return (
    <nav class="pipeline" aria-label="Contacts per status">
      <ul>
        {pipelineStatuses.map((status) => (
          <li key={status}>
            <button
              type="button"
              class={`count status-${status}`}
              aria-pressed={selected === status}
              data-count={status}
              onClick={() => onSelect(selected === status ? '' : status)}
            >
              <span class="count-number">{counts ? number.format(counts[status]) : '…'}</span>
              <span class="count-label">{statusLabels[status]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
