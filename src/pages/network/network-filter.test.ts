import { describe, expect, it } from 'vitest';
import { networkFilterFromSearch, searchFromNetworkFilter } from './network-filter.ts';

describe("the network pool's address", () => {
  it('keeps the search, the targets filter and the sort, and reads them back', () => {
    const filter = { search: 'zoë brandt', targets: true, sort: 'connected' as const };
    expect(networkFilterFromSearch(searchFromNetworkFilter(filter))).toEqual(filter);
  });

  it('falls back to the whole pool by name for an empty or unknown address', () => {
    expect(searchFromNetworkFilter({ search: '', targets: false, sort: 'name' })).toBe('');
    expect(networkFilterFromSearch('?sort=salary&targets=yes')).toEqual({ search: '', targets: false, sort: 'name' });
  });
});
