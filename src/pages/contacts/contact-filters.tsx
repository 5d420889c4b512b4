import type { Employer } from '../../core/employers/employers.ts';
import { pipelineStatuses, statusLabels, type Status } from '../../core/pipeline/status.ts';
import { contactSorts, type ContactSort } from '../../ui/contact-query.ts';
import { emptyFilter, isFiltered, type ListFilter } from './list-filter.ts';

interface Props {
  filter: ListFilter;
  tags: readonly string[];
  employers: readonly Employer[];
  onChange: (next: ListFilter) => void;
}

/** Search, the three filters and the sort, each a labelled control; changes apply at once. */
export function ContactFilters({ filter, tags, employers, onChange }: Props) {
  const set = (patch: Partial<ListFilter>) => onChange({ ...filter, ...patch });
  // A tag or employer in the address that no longer exists still shows, so the filter can be seen and cleared.
  const tagOptions = filter.tag && !tags.some((t) => t.toLowerCase() === filter.tag.toLowerCase()) ? [filter.tag, ...tags] : tags;
  return (
    <form class="contact-filters" role="search" aria-label="Find contacts" onSubmit={(e) => e.preventDefault()}>
      <label class="field search-field">
        Search
        <input
          type="search"
          value={filter.search}
          placeholder="Name, company, title, place or tag"
          onInput={(e) => set({ search: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        Status
        <select value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as Status | '' })}>
          <option value="">Any status</option>
          {pipelineStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Tag
        <select value={filter.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
          <option value="">Any tag</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Employer
        <select
          value={filter.employerId ?? ''}
          onChange={(e) => set({ employerId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
        >
          <option value="">Any employer</option>
          {employers.map((employer) => (
            <option key={employer.id} value={employer.id}>
              {employer.name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Sort by
        <select value={filter.sort} onChange={(e) => set({ sort: e.currentTarget.value as ContactSort })}>
          {Object.entries(contactSorts).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label class="check align-end archived-toggle">
        <input type="checkbox" checked={filter.archived} onChange={(e) => set({ archived: e.currentTarget.checked })} />
        Show archived
      </label>
      <button
        type="button"
        class="align-end"
        disabled={!isFiltered(filter)}
        onClick={() => onChange({ ...emptyFilter, sort: filter.sort })}
      >
        Clear filters
      </button>
    </form>
  );
}
