import { describe, expect, it } from 'vitest';
import { readExportTable } from './export-table.ts';

const cells = (text: string, ...columns: string[]) => readExportTable(text)?.rows.map((row) => columns.map((c) => row.cell(c)));

describe('a CSV of the export, by its header', () => {
  it('finds the Connections header below the Notes preamble and counts lines across it', () => {
    const table = readExportTable(
      'Notes:\n"Some, sentence."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,u,,C,P,08 Feb 2026',
    );
    expect(table?.kind).toBe('connections');
    expect(table?.rows.map((row) => [row.line, row.cell('first name'), row.cell('connected on')])).toEqual([[5, 'A', '08 Feb 2026']]);
  });

  it('counts the lines of a quoted field spanning lines, with CRLF and a BOM', () => {
    const text =
      '\uFEFFCONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, DATE, CONTENT\r\n"1","","A","u","d","one\r\ntwo"\r\n"2","","B","v","d","three"';
    const table = readExportTable(text);
    expect(table?.kind).toBe('messages');
    expect(table?.rows.map((row) => [row.line, row.cell('conversation id'), row.cell('from')])).toEqual([
      [2, '1', 'A'],
      [4, '2', 'B'],
    ]);
  });

  it('keeps a quoted field of several lines whole', () => {
    expect(cells('From,To,Sent At,Message,Direction\nA,B,"1/29/26, 2:37 PM","Hi B,\n\nshall we ""talk""?",OUTGOING', 'message')).toEqual([
      ['Hi B,\n\nshall we "talk"?'],
    ]);
  });

  it('keeps only the columns the reading uses: a message’s text is not kept', () => {
    const row = readExportTable('CONVERSATION ID,FROM,DATE,CONTENT,SUBJECT\n1,A,d,a long text,s')?.rows[0];
    expect(row?.cell('from')).toBe('A');
    expect(row?.cell('recipient profile urls')).toBe('');
    expect(() => row?.cell('content')).toThrow(/keeps no "content" column/);
  });

  it('reads a header whose names are quoted with spaces after the commas', () => {
    const table = readExportTable(
      '"CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "DATE", "CONTENT"\n"1","","A","u","d","hi"',
    );
    expect(table?.kind).toBe('messages');
    expect(table?.rows[0]?.cell('sender profile url')).toBe('u');
  });

  it('reads a column the file lacks as empty (older eras)', () => {
    expect(cells('From,To,Sent At,Message,Direction\nA,B,"1/29/26, 2:37 PM",,OUTGOING', 'to', 'inviteeprofileurl')).toEqual([['B', '']]);
  });

  it('tells each kind apart', () => {
    expect(readExportTable('First Name,Last Name,Headline\nA,B,C')?.kind).toBe('profile');
    expect(readExportTable('Company Name,Title,Description,Location,Started On,Finished On\n')?.kind).toBe('positions');
    expect(readExportTable('First Name,Last Name,Email Address,Company,Position,Connected On\n')?.kind).toBe('connections');
  });

  it('keeps formula-like and HTML cells as they are', () => {
    expect(cells('First Name,Last Name,Headline\n"=HYPERLINK(""x"")",<b>B</b>,@SUM(1)', 'first name', 'last name', 'headline')).toEqual([
      ['=HYPERLINK("x")', '<b>B</b>', '@SUM(1)'],
    ]);
  });

  it('recognises nothing in a file of another kind', () => {
    expect(readExportTable('Name,Skill\nA,B')).toBeNull();
    expect(readExportTable('')).toBeNull();
  });
});
