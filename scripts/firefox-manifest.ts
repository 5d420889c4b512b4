/**
 * The Firefox build's manifest, derived from the one manifest.json so the two never drift apart.
 * Three differences, each for a reason Firefox or addons.mozilla.org (AMO) gives:
 *
 * - Background: Firefox's Manifest V3 has no extension service workers; it runs `background.scripts`
 *   as an event page, which, like Chrome's worker, is unloaded when idle and woken by events. The
 *   `service_worker` key is dropped rather than kept beside `scripts`: keeping both is the way to ship
 *   ONE manifest to every browser, but Firefox ignores the key and web-ext then warns
 *   (BACKGROUND_SERVICE_WORKER_IGNORED); this build is for Firefox only. (With `service_worker` alone,
 *   web-ext stops with BACKGROUND_SERVICE_WORKER_NOFALLBACK.)
 * - `browser_specific_settings.gecko`: an MV3 add-on must name its id to be signed (ADDON_ID_REQUIRED);
 *   the id is permanent once uploaded. `data_collection_permissions: { required: ['none'] }` is
 *   Firefox's built-in data consent (required for new AMO submissions since November 2025): Confab
 *   collects and transmits nothing. Firefox 140 (the 2025 ESR) is the first to understand that key,
 *   142 on Android.
 * - `minimum_chrome_version` is Chrome's: Firefox ignores it, so it is left out.
 */

/** Permanent once uploaded to AMO. `.invalid` is a reserved domain: it can never be someone else's. */
export const firefoxAddonId = 'confab@confab.invalid';
export const firefoxMinVersion = '140.0';
/** Firefox for Android learnt the data consent key later, in 142. */
export const firefoxAndroidMinVersion = '142.0';

type Background = { service_worker?: string; type?: string } | undefined;

export function firefoxManifest<M extends object>(manifest: M): M {
  const firefox = { ...manifest } as Record<string, unknown>;
  const background = firefox.background as Background;
  if (!background?.service_worker) throw new Error('manifest.json has no background.service_worker to turn into an event page.');
  delete firefox.minimum_chrome_version;
  firefox.background = { scripts: [background.service_worker], type: background.type ?? 'module' };
  firefox.browser_specific_settings = {
    gecko: {
      id: firefoxAddonId,
      strict_min_version: firefoxMinVersion,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: firefoxAndroidMinVersion },
  };
  return firefox as M;
}
