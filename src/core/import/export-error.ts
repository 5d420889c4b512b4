/** Input that cannot be read as LinkedIn's data export; the message is a sentence to show as it is. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}
