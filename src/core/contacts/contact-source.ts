/**
 * Where a contact came from, kept for a later view of which sources lead to conversations: the
 * person's own network (an import of LinkedIn's data export), a LinkedIn page saved from the popup,
 * or typed in by hand.
 */
export const contactSources = ['network', 'captured', 'manual'] as const;
