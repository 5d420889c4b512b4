import { describe, expect, it } from 'vitest';
import type { Experience } from './profile.ts';
import { endedRoleNote, isCurrentRole, latestEndedRole } from './profile-role.ts';

const role = (title: string, end: string | null): Experience => ({ title, company: `${title} Co`, start: '2010', end, location: null });

describe('latestEndedRole', () => {
  it('takes the role that ended last, the first listed on a tie', () => {
    expect(latestEndedRole([role('A', 'Mar 2019'), role('B', 'Sep 2024'), role('C', 'Jan 2024')])?.title).toBe('B');
    expect(latestEndedRole([role('A', 'Mar 2024'), role('B', 'Sep 2024')])?.title).toBe('A');
  });

  it('skips current roles and empty entries, and gives nothing for an empty list', () => {
    expect(latestEndedRole([role('Now', 'Present'), role('Then', '2020')])?.title).toBe('Then');
    expect(latestEndedRole([{ title: null, company: null, start: null, end: '2023', location: null }])).toBeUndefined();
    expect(latestEndedRole([])).toBeUndefined();
  });

  it('knows a current role by its missing end date', () => {
    expect([null, 'Present', 'heute', 'Sep 2024'].map((end) => isCurrentRole(role('x', end)))).toEqual([true, true, true, false]);
  });
});

describe('endedRoleNote', () => {
  it('says the role ended, and when', () => {
    expect(endedRoleNote({ currentRoleEnded: 'Sep 2024' })).toBe('latest role, ended Sep 2024');
    expect(endedRoleNote({})).toBeNull();
  });
});
