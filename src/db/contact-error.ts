/** A write about a contact that cannot be done (no such contact, a URL that is not a profile). */
export class ContactError extends Error {
  override name = 'ContactError';
}
