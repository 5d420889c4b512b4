/**
 * Where the viewer stands with the member: the degree badge, the pending invitation and the mutual
 * connections, read only inside the subject's top card (each logged-in era's `topCard`). The same page
 * carries other people's badges and names (People also viewed, activity, the nav bar's viewer), all
 * outside it. Decided by structure: the badge is a short line with a digit 1-3, mutual connections are
 * the link that searches the viewer's 1st-degree connections among the member's, icons are design-system
 * ids. Words decide nothing, except the pending button's label, from a table of LinkedIn's languages.
 */
import type { Degree, MutualConnections, Relationship } from '../../core/contacts/profile.ts';
import { queryAll } from './read-picks.ts';
import type { EraSpec } from './selector-types.ts';
import { clean, inJunk, textOf } from './text.ts';

export const noRelationship: Relationship = { degree: null, invitationPending: null, mutualConnections: null };

/** "· 1st", "2nd", "3rd+", "· 2.", "2e", "2º", "2°", "2次": one digit 1-3, a short ordinal, maybe "+". */
const badgeShape = /^[·•]?\s*([1-3])[^\d\s]{0,3}$/;

const hidden = '.visually-hidden, .sr-only, .a11y-text';

function topCardOf(doc: Document, eras: readonly EraSpec[]): Element | null {
  for (const era of eras) {
    for (const selector of era.topCard ?? []) {
      const card = queryAll(doc, selector)[0];
      if (card) return card;
    }
  }
  return null;
}

/** The first leaf line of the card shaped like a degree badge; screen-reader copies left out. */
function readDegree(card: Element): Degree {
  // The shape is tested first: it is cheap, and few lines pass it (a page has many spans).
  for (const el of Array.from(card.querySelectorAll('span, p'))) {
    const raw = el.textContent ?? '';
    const digit = raw.length < 400 ? badgeShape.exec(clean(raw) ?? '')?.[1] : undefined;
    if (digit && el.children.length === 0 && !el.closest(hidden) && !inJunk(el)) return Number(digit) as Degree;
  }
  return null;
}

/** A people search over the viewer's 1st-degree network ("F" alone) among this member's connections. */
function isMutualSearch(href: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    return false;
  }
  if (!/connectionOf=/i.test(decoded)) return false;
  const network = /network=([^&]*)/i.exec(decoded)?.[1];
  // The member's own connections ("58 connections") are the same search over F and S.
  return network !== undefined && network.replace(/[\s"'[\]]/g, '') === 'F';
}

const maxMutuals = 100_000_000;

const numberIn = (text: string) => {
  const digits = /\d[\d.,\s\u00a0\u202f']*/.exec(text)?.[0].replace(/\D/g, '');
  return digits ? Number(digits) : null;
};

/**
 * "Jane Roe, John Doe and 12 other mutual connections": the names are the link's `<strong>`s, the
 * count those names plus the number left once they are taken out (none: just the names).
 */
function readMutuals(card: Element): MutualConnections {
  const links = queryAll(card, 'a[href*="connectionOf" i]').filter((a) => isMutualSearch(a.getAttribute('href') ?? ''));
  for (const link of links) {
    const text = textOf(link);
    if (!text) continue;
    const names: string[] = [];
    for (const strong of queryAll(link, 'strong')) {
      const name = strong.closest(hidden) ? null : textOf(strong);
      if (name && name.length <= 200 && !names.includes(name)) names.push(name);
    }
    const rest = names.reduce((left, name) => left.split(name).join(' '), text);
    const others = numberIn(rest);
    const count = names.length + (others ?? 0);
    // No number, or one no network reaches (a misread), is no count.
    if (count === 0 || count > maxMutuals) continue;
    return { count, names: names.slice(0, 20) };
  }
  return null;
}

/** LinkedIn's "Pending" button, in the languages it serves (its icon is the stronger sign). */
const pendingWords = [
  'pending', // en
  'ausstehend', // de
  'en attente', // fr
  'pendiente', // es
  'pendente', // pt
  'in sospeso', // it
  'in afwachting', // nl
  'väntande', // sv
  'oczekujące', // pl
  'beklemede', // tr
];

const iconSelector = (names: string[]) =>
  names
    .flatMap((name) => [`svg[id^="${name}"]`, `svg[data-test-icon^="${name}"]`, `li-icon[type^="${name}"]`, `use[href^="#${name}"]`])
    .join(', ');
const pendingIcon = iconSelector(['clock']);
/** Actions only shown to a logged-in viewer on someone else's profile: connect, message. */
const memberActionIcon = iconSelector(['connect', 'send-privately']);
const actions = 'button, [role="button"], a';

function isPending(card: Element): boolean {
  if (queryAll(card, pendingIcon).some((icon) => icon.closest(actions))) return true;
  const mentionsPending = (raw: string | null) => {
    const text = raw?.toLowerCase() ?? '';
    return pendingWords.some((word) => text.includes(word));
  };
  const isPendingLabel = (raw: string | null | undefined) => {
    const text = clean(raw)?.toLowerCase() ?? '';
    return text.length < 200 && pendingWords.some((word) => text === word || text.startsWith(`${word},`));
  };
  // textContent first (cheap); the visible text only for a button that might say it.
  return queryAll(card, actions).some(
    (action) =>
      isPendingLabel(action.getAttribute('aria-label')) || (mentionsPending(action.textContent) && isPendingLabel(textOf(action))),
  );
}

/** The relationship the subject's top card shows; none where there is no top card (logged out). */
export function readRelationship(doc: Document, eras: readonly EraSpec[]): Relationship {
  const card = topCardOf(doc, eras);
  if (!card) return noRelationship;
  const degree = readDegree(card);
  const pending = isPending(card);
  const hasActions = pending || degree !== null || queryAll(card, memberActionIcon).length > 0;
  return { degree, invitationPending: hasActions ? pending : null, mutualConnections: readMutuals(card) };
}
