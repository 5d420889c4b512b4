/** A profile address as people read it: https://www.linkedin.com/in/avery-q/ → linkedin.com/in/avery-q. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}
