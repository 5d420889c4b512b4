/**
 * The text rules of vCard 4.0 (RFC 6350 §3.2, §3.4), written by hand: the format is small and the
 * packages that write it are either unmaintained or much larger than these few lines.
 */

const encoder = new TextEncoder();

/**
 * A TEXT value: backslash and comma escaped with a backslash (commas separate list items), every
 * kind of line break as `\n`. Semicolons separate components of N and ORG, where they must be
 * escaped; elsewhere RFC 6350 says they MAY be, and they are left alone there, because some readers
 * (ical.js among them) keep the backslash of a `\;` in a plain text value.
 */
export function escapeText(text: string, { semicolons = false } = {}): string {
  const special = semicolons ? /[\\,;]/g : /[\\,]/g;
  return text.replace(special, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A structured value (N, ORG): components separated by semicolons, list items inside by commas. */
export function structured(components: readonly (string | readonly string[])[]): string {
  const escape = (text: string) => escapeText(text, { semicolons: true });
  return components.map((component) => (typeof component === 'string' ? escape(component) : component.map(escape).join(','))).join(';');
}

/** Octets of one code point in UTF-8. */
const octets = (codePoint: string) => encoder.encode(codePoint).length;

/**
 * Folds a content line to at most 75 octets a line (not counting the CRLF): each further line starts
 * with one space, which readers remove. Cuts fall between code points, never inside a multi-byte
 * character, and not inside an escape (`\n` stays whole) so that a reader that unfolds loosely still
 * sees it. An emoji flag or a skin-tone sequence may be cut between its code points, which RFC 6350
 * allows: unfolding joins them again.
 */
function foldLine(line: string, limit = 75): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  const pieces = line.match(/\\.|[\s\S]/gu) ?? [];
  for (const piece of pieces) {
    const length = octets(piece);
    const room = out.length === 0 ? limit : limit - 1;
    if (size + length > room) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += piece;
    size += length;
  }
  out.push(current);
  return out.map((part, index) => (index === 0 ? part : ` ${part}`)).join('\r\n');
}

/** `NAME:value` (or `NAME;PARAM=x:value`), folded. The value must already be escaped. */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** An ISO instant as a vCard timestamp in UTC, `20261123T091500Z`. */
export function vcardTimestamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
