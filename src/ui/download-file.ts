/** Characters encoded into the file at a time: a few milliseconds of the page's thread each. */
const sliceLength = 1 << 20;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The text cut into slices of at most `length` characters, never between the two halves of an emoji. */
export function textSlices(text: string, length = sliceLength): string[] {
  const slices: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + length, text.length);
    if (end < text.length && end - at > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    slices.push(text.slice(at, end));
    at = end;
  }
  return slices;
}

/**
 * Hands text to the browser's downloads under a file name (a temporary link, as a person would click).
 * A large text (a backup of 30,000 contacts is 15 MB) is encoded a slice at a time, with a pause
 * between, so that the page never stops answering: in one piece that took the page's thread 70 ms and
 * more. (An emoji cut in two would be written as two U+FFFD.) A small text is handed over at once.
 */
export async function downloadText(fileName: string, text: string, type: string): Promise<void> {
  const parts: Blob[] = [];
  for (const slice of textSlices(text)) {
    if (parts.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    parts.push(new Blob([slice]));
  }
  const href = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the URL by the time the click returns; free it a little later.
    setTimeout(() => URL.revokeObjectURL(href), 30_000);
  }
}
