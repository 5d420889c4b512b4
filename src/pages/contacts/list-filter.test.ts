import { describe, expect, it } from 'vitest';
import { emptyFilter, filterFromSearch, isFiltered, searchFromFilter } from './list-filter.ts';

describe('the list filter in the address', () => {
  it('goes into the address and comes back the same', () => {
    const filter = { search: 'zoë lumen', status: 'met' as const, tag: 'mentor', employerId: 3, sort: 'updated' as const, archived: true };
    expect(filterFromSearch(searchFromFilter(filter))).toEqual(filter);
    expect(searchFromFilter(emptyFilter)).toBe('');
  });

  it('ignores what it does not know', () => {
    expect(filterFromSearch('?status=lost&employer=-2&sort=random&tag=')).toEqual(emptyFilter);
    expect(filterFromSearch('?employer=1.5')).toEqual(emptyFilter);
  });

  it('counts the sort as no filter', () => {
    expect(isFiltered({ ...emptyFilter, sort: 'status' })).toBe(false);
    expect(isFiltered({ ...emptyFilter, search: ' a ' })).toBe(true);
    expect(isFiltered({ ...emptyFilter, archived: true })).toBe(true);
    expect(filterFromSearch('?archived=yes').archived).toBe(false);
  });
});
