import { describe, expect, it } from 'vitest';
import { compareLamp, duplicateEmployer, employerSchema, sortLamp, suggestEmployer, type Employer } from './employers.ts';

const employer = (id: number, name: string, advocacy: boolean, motivation: number, posting: number): Employer =>
  employerSchema.parse({ id, name, advocacy, motivation, posting });

describe('the LAMP list', () => {
  const list = [
    employer(1, 'Zeta', false, 3, 3),
    employer(2, 'beta', true, 1, 0),
    employer(3, 'Alpha', true, 1, 0),
    employer(4, 'Gamma', true, 3, 0),
    employer(5, 'Delta', true, 3, 2),
    employer(6, 'Acme, Inc.', false, 0, 0),
  ];

  it('sorts by advocacy, then motivation, then posting, then name whatever its case', () => {
    expect(sortLamp(list).map((e) => e.name)).toEqual(['Delta', 'Gamma', 'Alpha', 'beta', 'Zeta', 'Acme, Inc.']);
    expect(list[0]!.name).toBe('Zeta');
    expect(compareLamp(list[2]!, list[2]!)).toBe(0);
  });

  it('stores scores from 0 to 3 with defaults, and needs a name', () => {
    expect(employerSchema.parse({ name: ' Acme ' })).toEqual({ name: 'Acme', advocacy: false, motivation: 0, posting: 0, notes: '' });
    expect(employerSchema.safeParse({ name: 'Acme', motivation: 4 }).success).toBe(false);
    expect(employerSchema.safeParse({ name: 'Acme', posting: 1.5 }).success).toBe(false);
    expect(employerSchema.safeParse({ name: '  ' }).success).toBe(false);
  });

  it('suggests the employer a captured company names, or none', () => {
    expect(suggestEmployer('ACME', list)?.id).toBe(6);
    expect(suggestEmployer('Delta GmbH', list)?.id).toBe(5);
    expect(suggestEmployer('Epsilon', list)).toBeNull();
    expect(suggestEmployer('', list)).toBeNull();
  });

  it('finds a duplicate under another spelling, but not the employer being edited', () => {
    expect(duplicateEmployer('acme llc', list)?.id).toBe(6);
    expect(duplicateEmployer('acme llc', list, 6)).toBeNull();
  });
});
