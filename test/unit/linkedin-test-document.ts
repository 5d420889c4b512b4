/** Test helper: parses HTML into a Document with happy-dom, scripts and external resources off. */
import { Window } from 'happy-dom';

export function parseDocument(html: string, url = 'https://www.linkedin.com/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
