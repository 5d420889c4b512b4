import { describe, expect, it } from 'vitest';
import { exportDay, exportTime } from './export-dates.ts';

describe('the dates of the export', () => {
  it.each([
    ['08 Feb 2026', '2026-02-08'],
    ['9-Jan-26', '2026-01-09'],
    ['31-Dec-25', '2025-12-31'],
    ['4/11/18, 3:15 PM', '2018-04-11'],
    ['2026-03-01 14:03:22 UTC', '2026-03-01'],
    [' 08 Feb 2026 ', '2026-02-08'],
  ])('reads the day of %j', (text, day) => {
    expect(exportDay(text)).toBe(day);
  });

  it.each([
    ['1/29/26, 2:37 PM', '2026-01-29T14:37:00.000Z'],
    ['1/29/26, 12:05 AM', '2026-01-29T00:05:00.000Z'],
    ['1/29/26, 12:05 PM', '2026-01-29T12:05:00.000Z'],
    ['4/11/18, 3:15 PM', '2018-04-11T15:15:00.000Z'],
    ['2026-03-01 14:03:22 UTC', '2026-03-01T14:03:22.000Z'],
    ['08 Feb 2026', '2026-02-08T00:00:00.000Z'],
  ])('reads %j as a time in UTC', (text, time) => {
    expect(exportTime(text)).toBe(time);
  });

  it.each(['', 'yesterday', '31 Feb 2026', '13/01/26, 1:00 PM', '08 Foo 2026', '2026-03-01 25:00:00 UTC'])('refuses %j', (text) => {
    expect(exportDay(text)).toBeNull();
    expect(exportTime(text)).toBeNull();
  });
});
