/**
 * A company's name as LinkedIn shows it often carries more: "Insighture - We're hiring",
 * "Acme · Full-time", "Acme | Building the future". Messages, reminders and exports use the name
 * alone. Kept free of zod: the capture script imports it.
 */

/** What LinkedIn puts after a " · " or " | ": employment type, duration, tagline. All of it goes. */
const separator = /\s[·|]|[·|]\s/u;

const hiring = String.raw`(?:we(?:['’]re| are)\s+|now\s+|is\s+|actively\s+)?hiring\b.*`;
const employment = String.raw`(?:full|part)[- ]time|contract(?:or)?|freelance|self[- ]employed|internship|seasonal|apprenticeship|temporary`;

/** A dash, or brackets, then a hiring call or an employment type, to the end ("Acme – We're Hiring!"). */
const trailing = new RegExp(String.raw`\s*(?:\s[-–—]\s*|[(\[]\s*|#)(?:${hiring}|(?:${employment})\b.*)$`, 'iu');

/**
 * The company's name: what comes before LinkedIn's separators and taglines, trimmed. A name that
 * would come out empty stays as it was ("Hiring" alone is somebody's company name).
 */
export function companyName(shown: string): string {
  const trimmed = shown.replace(/\s+/gu, ' ').trim();
  const name = trimmed.split(separator)[0]!.replace(trailing, '').trim();
  return name || trimmed;
}

/** For fields that may be empty. */
export function companyNameOrNull(shown: string | null | undefined): string | null {
  return shown ? companyName(shown) : (shown ?? null);
}
