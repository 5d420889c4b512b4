/**
 * Small pieces shared by the generated messages (agenda, thank-you, referral, closing the loop). They
 * take the user's own jotted notes and fit them into a sentence without changing their words.
 */

export function greeting(firstName: string | undefined): string {
  const name = firstName?.trim();
  return name ? `Hi ${name},` : 'Hello,';
}

export function signOff(myName: string | undefined): string {
  const name = myName?.trim();
  return name ? `Best,\n${name}` : 'Best,';
}

/** Notes are jotted on one line each; a stray line break would split a sentence in the draft. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)]*$/u.test(text);
}

/** The text with its closing full stops removed, to continue the sentence around it. */
export function asClause(text: string): string {
  return oneLine(text).replace(/[.;:,\s]+$/u, '');
}

export function asSentence(text: string): string {
  const line = oneLine(text);
  return !line || endsSentence(line) ? line : `${line}.`;
}

export function asQuestion(text: string): string {
  const clause = asClause(text);
  return !clause || /[?]$/u.test(clause) ? clause : `${clause}?`;
}

/** The note in quotation marks and a full stop after them; a note's own ? or ! ends the sentence instead. */
export function quoted(text: string): string {
  const line = oneLine(text);
  return /[!?]$/u.test(line) ? `“${line}”` : `“${asClause(line)}”.`;
}

/**
 * A next step as something the user will do. Notes are written either as a plan ("I'll email Sam")
 * or as a task ("Email Sam", "read the book"); a task gets "I plan to" and a lowercase first word,
 * unless that word looks like a name or an acronym (more capitals than its first letter).
 */
export function asPlans(steps: readonly string[]): string | null {
  const clauses = steps.map(asClause).filter(Boolean);
  if (clauses.length === 0) return null;
  const [first, ...rest] = clauses.map((clause, index) => (index === 0 ? clause : lowerTask(clause)));
  if (/^(I|I’ll|I'll|I’m|I'm|I am|I will|I plan|I want)\b/u.test(first!)) return asSentence(joinAnd([first!, ...rest]));
  return asSentence(`Next, I plan to ${joinAnd([lowerTask(first!), ...rest])}`);
}

function lowerTask(clause: string): string {
  const word = clause.split(' ')[0] ?? '';
  if (word === 'I' || /^I[’']/u.test(word)) return clause;
  const looksLikeName = /\p{Lu}/u.test(word.slice(1));
  return looksLikeName ? clause : clause.charAt(0).toLowerCase() + clause.slice(1);
}

export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Paragraphs separated by one blank line; empty ones dropped so a missing piece leaves no gap. */
export function paragraphs(...blocks: readonly (string | null | undefined | false)[]): string {
  return blocks.filter((block): block is string => typeof block === 'string' && block.trim() !== '').join('\n\n');
}
