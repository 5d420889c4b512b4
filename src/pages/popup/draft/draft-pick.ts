import type { Contact } from '../../../core/contacts/contact.ts';

/**
 * Whom Draft opens on. The person on the page in front, when they are saved: a selection remembered
 * from an earlier draft must never catch keystrokes meant for the person being looked at. The
 * remembered one when the page shows nobody saved, or when it was chosen in this popup (in Draft's
 * list, or with Today's Open draft); else the first by name.
 */
export function pickDraftContact(
  list: readonly Contact[],
  remembered: string | null,
  pageSlug: string | null,
  chosenHere: boolean,
): Contact {
  const bySlug = (slug: string | null) => (slug === null ? undefined : list.find((contact) => contact.slug === slug));
  return (chosenHere ? bySlug(remembered) : undefined) ?? bySlug(pageSlug) ?? bySlug(remembered) ?? list[0]!;
}
