const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayTimeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

export function formatDayTime(iso: string): string {
  return dayTimeFormat.format(new Date(iso));
}
