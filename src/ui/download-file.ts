/** Hands text to the browser's downloads under a file name (a temporary link, as a person would click). */
export function downloadText(fileName: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
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
