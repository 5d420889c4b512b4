/** Input that cannot be read as LinkedIn's data export; the message is a sentence to show as it is. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A CSV's bytes as text: LinkedIn writes UTF-8; anything else is refused rather than garbled. */
export function csvText(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ExportError(`${name} is not in UTF-8, as LinkedIn writes it: use the file from LinkedIn's download, not a re-saved copy.`);
  }
}
