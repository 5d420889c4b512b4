/**
 * The capture script. The popup (or the save shortcut) injects this file into the LinkedIn tab the
 * person is looking at, only when they ask. It adds nothing to the page: it defines one function on
 * the isolated world's global object (the page cannot see it), which the build's last line runs once
 * and removes (`captureRunner` in vite.config.ts). The result is plain data; all storage happens in
 * the extension.
 */
import { extractProfile } from './linkedin/extract-profile.ts';
import { pageIdentity } from './linkedin/page-identity.ts';
import { captureWhenSettled } from './page-settled.ts';

declare global {
  var __confabCapture: (() => Promise<unknown>) | undefined;
}

globalThis.__confabCapture = () =>
  captureWhenSettled({
    read: () => ({ extraction: extractProfile(document, location.href), identity: pageIdentity(document) }),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
