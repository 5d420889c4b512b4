import { describe, expect, it } from 'vitest';
import { employerNameKey, sameEmployerName } from './employer-name.ts';

describe('employer names', () => {
  it.each([
    ['Acme, Inc.', 'ACME'],
    ['Acme Incorporated', 'acme'],
    ['Acme LLC', 'Acme L.L.C.'],
    ['Siemens AG', 'Siemens'],
    ['Bosch GmbH', 'bosch'],
    ['Müller GmbH & Co. KG', 'Muller'],
    ['Tesco PLC', 'Tesco'],
    ['Unilever Ltd', 'Unilever Limited'],
    ['The Walt Disney Company', 'Walt Disney'],
    ['J.P. Morgan', 'JPMorgan'],
    ['Procter & Gamble Co.', 'Procter and Gamble'],
    ['Banco Santander, S.A.', 'Banco Santander'],
    ['Google · Full-time', 'Google LLC'],
  ])('treats “%s” and “%s” as one employer', (a, b) => {
    expect(sameEmployerName(a, b)).toBe(true);
  });

  it.each([
    ['Acme', 'Acme Bank'],
    ['Meta', 'Metaswitch'],
    ['', ''],
    ['AG', 'Siemens AG'],
  ])('keeps “%s” and “%s” apart', (a, b) => {
    expect(sameEmployerName(a, b)).toBe(false);
  });

  it('never reduces a name to nothing', () => {
    expect(employerNameKey('AG')).toBe('ag');
    expect(employerNameKey('The Company')).toBe('company');
    expect(employerNameKey('  ')).toBe('');
  });
});
