/**
 * Buttons beside each agenda item are named after it ("Move 'What trends are you…' up"): a screen
 * reader user hears which item a button acts on, and a short name keeps the list quick to scan.
 */
export function shortLabel(text: string, maxLength = 24): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= maxLength) return clean || 'untitled item';
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:?!]+$/u, '')}…`;
}
