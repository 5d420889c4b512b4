/**
 * A `datetime-local` input speaks the user's wall-clock time without a zone ("2026-11-30T14:00");
 * the conversation stores an instant (ISO with Z). These two turn one into the other in the zone of
 * the browser, which is the zone the user typed the time in.
 */
const localInput = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Null for an empty or partial value: the input reports "" until the user has typed a whole time. */
export function fromLocalInput(value: string): string | null {
  if (!localInput.test(value)) return null;
  // Without an offset, the Date constructor reads a date-time form as local time (ECMA-262 Date.parse).
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The browser's zone, to say which clock the time is on. */
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'your time zone';
}
