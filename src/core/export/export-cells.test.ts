import { afterEach, describe, expect, it, vi } from 'vitest';
import { inertCell, inertText, lines, localDateTime, localDay } from './export-cells.ts';

describe('a cell a spreadsheet could take for a formula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturn', "'\rReturn"],
    ['  =1+1', "'  =1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("x")\nand a second line', '\'=HYPERLINK("x")\nand a second line'],
  ])('%j becomes %j', (text, inert) => {
    expect(inertText(text)).toBe(inert);
  });

  it.each(['Avery Quinlan', 'a = b', 'Fabrikam, Inc.', "O'Brien", '李雷', '🦊 Zoë', '', '1+1', 'x-y@z'])('%j stays as it is', (text) => {
    expect(inertText(text)).toBe(text);
  });

  it('keeps numbers as numbers and writes nothing for null', () => {
    expect(inertCell(30)).toBe(30);
    expect(inertCell(-5)).toBe(-5);
    expect(inertCell(null)).toBe('');
    expect(inertCell('-5')).toBe("'-5");
  });
});

describe('dates and lists in cells', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('writes an instant as the local date and time, minutes only', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    expect(localDateTime('2026-11-30T13:00:00.000Z')).toBe('2026-11-30 14:00');
    expect(localDateTime('2026-07-01T22:30:59.999Z')).toBe('2026-07-02 00:30');
    vi.stubEnv('TZ', 'America/New_York');
    expect(localDateTime('2026-11-30T13:00:00.000Z')).toBe('2026-11-30 08:00');
    expect(localDay(new Date('2026-12-01T03:00:00.000Z'))).toBe('2026-11-30');
  });

  it('writes nothing for a missing or broken date', () => {
    expect(localDateTime(null)).toBe('');
    expect(localDateTime(undefined)).toBe('');
    expect(localDateTime('not a date')).toBe('');
  });

  it('puts one item a line, without blanks', () => {
    expect(lines([' a ', '', 'b', '  '])).toBe('a\nb');
    expect(lines([])).toBe('');
  });
});
