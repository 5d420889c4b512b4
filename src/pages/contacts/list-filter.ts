/**
 * The list's search, filters and sort, kept in the page's address: back from a contact page, the list
 * is as it was left, and a filtered list can be bookmarked.
 */
import { pipelineStatuses, type Status } from '../../core/pipeline/status.ts';
import { contactSorts, type ContactSort } from '../../ui/contact-query.ts';

export interface ListFilter {
  search: string;
  status: Status | '';
  tag: string;
  employerId: number | null;
  sort: ContactSort;
  /** Show the archived contacts too. */
  archived: boolean;
}

export const emptyFilter: ListFilter = { search: '', status: '', tag: '', employerId: null, sort: 'name', archived: false };

export function filterFromSearch(search: string): ListFilter {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  const sort = params.get('sort') ?? '';
  const employer = Number(params.get('employer'));
  return {
    search: params.get('q') ?? '',
    status: (pipelineStatuses as readonly string[]).includes(status) ? (status as Status) : '',
    tag: params.get('tag') ?? '',
    employerId: Number.isInteger(employer) && employer > 0 ? employer : null,
    sort: Object.hasOwn(contactSorts, sort) ? (sort as ContactSort) : 'name',
    archived: params.get('archived') === '1',
  };
}

export function searchFromFilter(filter: ListFilter): string {
  const params = new URLSearchParams();
  if (filter.search) params.set('q', filter.search);
  if (filter.status) params.set('status', filter.status);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.employerId !== null) params.set('employer', String(filter.employerId));
  if (filter.sort !== 'name') params.set('sort', filter.sort);
  if (filter.archived) params.set('archived', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isFiltered(filter: ListFilter): boolean {
  return filter.search.trim() !== '' || filter.status !== '' || filter.tag !== '' || filter.employerId !== null || filter.archived;
}
