/** Line breaks as a mail program expects them in a mailto: body (RFC 6068: CRLF, encoded %0D%0A). */
const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');

/**
 * A `mailto:` address that opens the person's own mail program with the address, subject and body
 * filled in: Confab sends nothing. Every part is percent-encoded (an `&` or `?` in the text stays
 * text); the subject is one line.
 */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const address = encodeURIComponent(to.trim()).replace(/%40/g, '@');
  const fields = [
    ...(subject.trim() ? [`subject=${encodeURIComponent(subject.replace(/\s*[\r\n]+\s*/g, ' ').trim())}`] : []),
    ...(body ? [`body=${encodeURIComponent(crlf(body))}`] : []),
  ];
  return `mailto:${address}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}
