/**
 * What goes into one cell of an exported spreadsheet. Two rules, decided once for every CSV export:
 *
 * - Dates are the exporting browser's local time as `YYYY-MM-DD HH:mm`. Excel, LibreOffice and
 *   Google Sheets all read that form as a date and time whatever their locale (day-month order never
 *   comes into it), it sorts as text too, and it is what the person saw in Confab. A UTC `…T…Z`
 *   instant would stay text in Excel and show other hours than the person knows.
 * - Text is made inert (OWASP "CSV injection"): a cell that a spreadsheet could take for a formula
 *   gets a leading `'`. LinkedIn names and headlines are written by strangers, so
 *   `=HYPERLINK(...)` or `=cmd|' /C calc'!A0` must stay text. The few numbers exported (minutes,
 *   days) are always positive and are passed as numbers, which are never prefixed: a negative number
 *   cannot be hidden behind a text field this way, and none is lost.
 */
import { format } from 'date-fns';

/**
 * OWASP's list (`=`, `+`, `-`, `@`, tab, carriage return), after any leading spaces or line breaks
 * (importers that trim whitespace would otherwise uncover the formula), and the full-width forms of
 * the four signs, which some spreadsheets fold to the ASCII ones.
 */
const formulaStart = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/u;

export function inertText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export type Cell = string | number | null;

/** Strings made inert; numbers kept as numbers; null (nothing known) an empty cell. */
export function inertCell(value: Cell): string | number {
  if (value === null) return '';
  return typeof value === 'number' ? value : inertText(value);
}

/** An ISO instant as `YYYY-MM-DD HH:mm` in the runtime's (the browser's) time zone; '' for none. */
export function localDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : format(date, 'yyyy-MM-dd HH:mm');
}

/** `2026-11-23`, the local date, for file names. */
export function localDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Lists in one cell: one item a line, which every spreadsheet shows inside the cell. */
export function lines(items: readonly string[]): string {
  return items
    .map((item) => item.trim())
    .filter(Boolean)
    .join('\n');
}
