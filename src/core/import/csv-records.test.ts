import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.ts';

type Record = { line: number; cells: string[] };

/** The records of a text pushed in the pieces the cuts make (text goes to papaparse at each cut past 1 M characters). */
function records(text: string, cuts: number[] = []): Record[] {
  const out: Record[] = [];
  const parser = csvRecords((cells, line) => out.push({ line, cells }));
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    parser.push(text.slice(at, cut));
    at = cut;
  }
  parser.end();
  return out;
}

const mega = 1024 * 1024;

/** A header and rows of filler past the first megabyte, so that a cut after them splits what follows. */
function padded(header: string, newline = '\n'): string {
  const filler = `a,b,c${newline}`;
  return header + newline + filler.repeat(Math.ceil(mega / filler.length));
}

describe('a CSV parsed as its text arrives', () => {
  it('hands each record on with the line it starts on', () => {
    expect(records('Notes:\n"One, sentence."\n\nA,B\n"x\ny",z')).toEqual([
      { line: 1, cells: ['Notes:'] },
      { line: 2, cells: ['One, sentence.'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['A', 'B'] },
      { line: 5, cells: ['x\ny', 'z'] },
    ]);
  });

  it('drops a BOM at the start', () => {
    expect(records('\uFEFFA,B\n1,2')[0]?.cells).toEqual(['A', 'B']);
  });

  it.each([
    ['a field split across two pieces', 'Zoë,Brandt,Northwind Labs', 'Zoë,Brandt,Northw', ['Zoë', 'Brandt', 'Northwind Labs']],
    ['a quoted field of several lines split between its lines', '"one\ntwo\nthree",B,C', '"one\n', ['one\ntwo\nthree', 'B', 'C']],
    ['a quoted field split right after its opening quote', '"Bramble & Co, Ltd",B,C', '"', ['Bramble & Co, Ltd', 'B', 'C']],
    ['an escaped quote split between its two quotes', '"say ""hi""",B,C', '"say "', ['say "hi"', 'B', 'C']],
    ['a record split right before its line break', 'X,Y,Z', 'X,Y,Z', ['X', 'Y', 'Z']],
  ])('joins %s', (_, record, before, cells) => {
    const head = padded('First,Last,Company');
    const text = `${head}${record}\nlast,row,here`;
    const cut = head.length + before.length;
    expect(cut).toBeGreaterThan(mega);
    const split = records(text, [cut]);
    const line = head.split('\n').length;
    expect(split).toHaveLength(line + 1);
    expect(split.slice(-2)).toEqual([
      { line, cells },
      { line: line + 1 + (record.match(/\n/g)?.length ?? 0), cells: ['last', 'row', 'here'] },
    ]);
  });

  it('joins CRLF split between CR and LF, and reads the whole file by its CRLF', () => {
    const head = padded('First,Last,Company', '\r\n');
    const text = `${head}"multi\r\nline",B,C\r\nlast,row,here`;
    const split = records(text, [head.length - 1, head.length + 7]);
    expect(split.slice(-2).map((record) => record.cells)).toEqual([
      ['multi\r\nline', 'B', 'C'],
      ['last', 'row', 'here'],
    ]);
    expect(split.some((record) => record.cells.some((cell) => cell.endsWith('\r')))).toBe(false);
  });

  it('reads a record longer than many pieces whole', () => {
    const long = 'word '.repeat(600_000);
    const text = `A,B\n"${long}",x\ny,z`;
    const cuts = Array.from({ length: Math.floor(text.length / 65_536) }, (_, i) => (i + 1) * 65_536);
    expect(records(text, cuts)).toEqual([
      { line: 1, cells: ['A', 'B'] },
      { line: 2, cells: [long, 'x'] },
      { line: 3, cells: ['y', 'z'] },
    ]);
  });

  it('stops handing records on when told, and drops what follows', () => {
    const seen: string[] = [];
    const parser = csvRecords((cells) => {
      seen.push(cells[0]!);
      if (seen.length === 2) parser.stop();
    });
    parser.push('a\nb\nc\nd');
    parser.push('e\nf');
    parser.end();
    expect(seen).toEqual(['a', 'b']);
  });
});
