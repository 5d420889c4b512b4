import { textSlices } from '../messaging/text-parts.ts';

/**
 * Hands text to the browser's downloads under a file name (a temporary link, as a person would click).
 * A large text (a backup of 30,000 contacts is 15 MB) is encoded a slice at a time, with a pause
 * between, so that the page never stops answering: in one piece that took the page's thread 70 ms and
 * more. (An emoji cut in two would be written as two U+FFFD.) A small text is handed over at once.
 */
export async function downloadText(fileName: string, text: string, type: string): Promise<void> {
  const parts: Blob[] = [];
  // The same slices as a text handed to the background (1 MiB, an emoji never cut in two).
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
