/**
 * The dates of LinkedIn's data export, in every form seen from 2018 to 2026: `08 Feb 2026` and the
 * spreadsheet re-save's `9-Jan-26` (Connections), `4/11/18, 3:15 PM` (Connections of 2018, and
 * Invitations' `Sent At`), `2026-03-01 14:03:22 UTC` (messages). Two-digit years are 20xx.
 *
 * The month/day/year times carry no zone; the export does not say which one LinkedIn meant, so they
 * are read as UTC (as the messages' times are stated to be). A few hours' error on an invitation's
 * time is harmless for ordering the pipeline.
 */
interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const dayMonthYear = /^(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{2}|\d{4})$/i;
const monthDayYear = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?)?$/i;
const isoLike = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:utc|z)?$/i;

function year(text: string): number {
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

function parts(text: string): Parts | null {
  const value = text.trim();
  let match = dayMonthYear.exec(value);
  if (match) {
    const month = months.indexOf(match[2]!.slice(0, 3).toLowerCase()) + 1;
    return month ? { year: year(match[3]!), month, day: Number(match[1]), hour: 0, minute: 0, second: 0 } : null;
  }
  match = monthDayYear.exec(value);
  if (match) {
    const [, m, d, y, h = '0', min = '0', s = '0', meridiem] = match;
    return { year: year(y!), month: Number(m), day: Number(d), hour: hour24(Number(h), meridiem), minute: Number(min), second: Number(s) };
  }
  match = isoLike.exec(value);
  if (match) {
    const [, y, m, d, h = '0', min = '0', s = '0'] = match;
    return { year: Number(y), month: Number(m), day: Number(d), hour: Number(h), minute: Number(min), second: Number(s) };
  }
  return null;
}

/** The instant, or null when the text is no date or names a day that does not exist (31 Feb). */
function toDate(text: string): Date | null {
  const p = parts(text);
  if (!p || p.hour > 23 || p.minute > 59 || p.second > 59) return null;
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
  return date.getUTCMonth() === p.month - 1 && date.getUTCDate() === p.day ? date : null;
}

/** `YYYY-MM-DD` of an export date of any form, or null. */
export function exportDay(text: string): string | null {
  return toDate(text)?.toISOString().slice(0, 10) ?? null;
}

/** The ISO time (UTC) of an export date of any form, or null. */
export function exportTime(text: string): string | null {
  return toDate(text)?.toISOString() ?? null;
}
