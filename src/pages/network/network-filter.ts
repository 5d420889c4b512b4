/** The pool's search, filter and sort, kept in the page's address (back from a contact, the pool is as it was left). */
import { networkSorts, type NetworkFilter, type NetworkSort } from './network-query.ts';

export function networkFilterFromSearch(search: string): NetworkFilter {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') ?? '';
  return {
    search: params.get('q') ?? '',
    targets: params.get('targets') === '1',
    sort: Object.hasOwn(networkSorts, sort) ? (sort as NetworkSort) : 'name',
  };
}

export function searchFromNetworkFilter(filter: NetworkFilter): string {
  const params = new URLSearchParams();
  if (filter.search) params.set('q', filter.search);
  if (filter.targets) params.set('targets', '1');
  if (filter.sort !== 'name') params.set('sort', filter.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
