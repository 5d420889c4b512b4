import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as ManifestV3Export;

/** The linkedin.com grant that stands in for `activeTab` in the end-to-end build, which cannot click the toolbar. */
export const e2eHostPermission = 'https://www.linkedin.com/*';

/**
 * crxjs lists a `?script` import in `web_accessible_resources` for every site. Confab ships none:
 * LinkedIn probes for extensions through them, and `scripting.executeScript({files})` does not need
 * them. The e2e build adds its single host permission here, so the two manifests differ only there.
 */
function finishManifest(outDir: string, e2e: boolean): Plugin {
  return {
    name: 'confab-finish-manifest',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const path = resolve(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      delete built.web_accessible_resources;
      if (e2e) built.host_permissions = [e2eHostPermission];
      writeFileSync(path, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const e2e = mode === 'e2e';
  const outDir = resolve(import.meta.dirname, e2e ? 'dist-e2e' : 'dist');
  return {
    plugins: [preact(), crx({ manifest }), finishManifest(outDir, e2e)],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: false,
    },
  };
});
