/**
 * A refusal about one field of a form: a sentence saying what to do, and the field it is about, so the
 * page that sent the message can point at that field (aria-invalid, the sentence tied to it, focus).
 */
export class FieldError extends Error {
  override name = 'FieldError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
