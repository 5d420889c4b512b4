/**
 * Copies to the clipboard; falls back to selecting the text field when the Clipboard API is refused.
 * The popup keeps its own copy in src/popup/copy-text.ts; this one is for the options pages, which may
 * not import popup code (see the import boundaries in eslint.config.js).
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand('copy');
  }
}
