import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { firefoxManifest, firefoxMinVersion } from './scripts/firefox-manifest.ts';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as ManifestV3Export;

/** The linkedin.com grant that stands in for `activeTab` in the end-to-end build, which cannot click the toolbar. */
export const e2eHostPermission = 'https://www.linkedin.com/*';

/**
 * The bench's yardstick (P4, P1): an extension page with nothing to load, whose first paint is the
 * fastest any page of Confab's could be shown. Written into the e2e build only, never shipped.
 */
export const benchBlankPage = 'bench-blank.html';
const benchBlankHtml =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Blank</title>\n  </head>\n  <body>\n    <p>Blank</p>\n  </body>\n</html>\n';

/**
 * crxjs lists a `?script` import in `web_accessible_resources` for every site. Confab ships none:
 * LinkedIn probes for extensions through them, and `scripting.executeScript({files})` does not need
 * them. The e2e build adds its single host permission here, so the two manifests differ only there
 * (and the bench's blank page beside them).
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
      if (e2e) writeFileSync(resolve(outDir, benchBlankPage), benchBlankHtml);
      removeUnusedCaptureChunks(outDir);
      appendCaptureRunner(outDir);
      preloadFirstView(outDir);
    },
  };
}

/**
 * Besides the self-contained IIFE it injects, crxjs also emits the capture entry as an ES chunk that
 * nothing loads. Ship only what is used: one copy of the capture script.
 */
function removeUnusedCaptureChunks(outDir: string): void {
  const files = listFiles(outDir);
  for (const chunk of files.filter((f) => /\/assets\/capture\.ts-[\w-]+\.js$/.test(f))) {
    const name = chunk.slice(chunk.lastIndexOf('/') + 1);
    const used = files.some((f) => f !== chunk && /\.(js|html|json)$/.test(f) && readFileSync(f, 'utf8').includes(name));
    if (!used) rmSync(chunk);
  }
}

/**
 * `executeScript({files})` answers with the value of the file's last expression, and waits for it when
 * it is a promise. A bundled IIFE ends in a call that returns nothing, so the capture script's own code
 * only defines `__confabCapture` on the isolated world's global; this last line runs it once, removes
 * it, and becomes the injection's result. One injection instead of two halves the capture's round trips.
 */
export const captureRunner = ';(() => { const run = globalThis.__confabCapture; delete globalThis.__confabCapture; return run(); })();';

function appendCaptureRunner(outDir: string): void {
  const captures = listFiles(outDir).filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('globalThis.__confabCapture='));
  if (captures.length !== 1) throw new Error(`Expected one capture script in ${outDir}, found ${captures.length}.`);
  const code = readFileSync(captures[0]!, 'utf8');
  if (!code.includes(captureRunner)) writeFileSync(captures[0]!, `${code.trimEnd()}\n${captureRunner}\n`);
}

/**
 * The popup opens on This page, whose reading part (the capture's schema, Dexie, the saved contact's
 * query, the form) is a dynamic import so that the shell paints without it (P7). Left to the import,
 * its fetch and compile would start only once the entry has run; preloaded, they start with the HTML
 * and overlap the entry (P4). A preload neither blocks the first paint nor runs the code.
 */
const firstViews = [{ page: 'src/pages/popup/index.html', chunk: 'profile-read' }];

function preloadFirstView(outDir: string): void {
  const assets = resolve(outDir, 'assets');
  for (const { page, chunk } of firstViews) {
    const html = resolve(outDir, page);
    const start = readdirSync(assets).find((name) => new RegExp(`^${chunk}-[\\w-]+\\.js$`).test(name));
    if (!start) throw new Error(`The first view's chunk ${chunk} is missing from ${assets}.`);
    const closure = new Set<string>();
    const visit = (name: string) => {
      if (closure.has(name)) return;
      closure.add(name);
      for (const m of readFileSync(resolve(assets, name), 'utf8').matchAll(
        /(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g,
      ))
        visit(m[1]!);
    };
    visit(start);
    let text = readFileSync(html, 'utf8');
    const links = [...closure]
      .filter((name) => !text.includes(`/assets/${name}"`))
      .map((name) => `    <link rel="modulepreload" crossorigin href="/assets/${name}">\n`);
    text = text.replace(/(\s*<link rel="stylesheet")/, `\n${links.join('').trimEnd()}$1`);
    writeFileSync(html, text);
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export default defineConfig(({ mode }) => {
  const e2e = mode === 'e2e';
  // `--mode firefox`: the same sources, with the manifest Firefox wants (scripts/firefox-manifest.ts).
  const firefox = mode === 'firefox';
  const outDir = resolve(import.meta.dirname, e2e ? 'dist-e2e' : firefox ? 'dist-firefox' : 'dist');
  const crxPlugin = firefox ? crx({ manifest: firefoxManifest(manifest), browser: 'firefox' }) : crx({ manifest });
  return {
    plugins: [preact(), crxPlugin, finishManifest(outDir, e2e)],
    build: {
      outDir,
      emptyOutDir: true,
      target: firefox ? `firefox${Number.parseInt(firefoxMinVersion, 10)}` : 'chrome120',
      sourcemap: false,
      // Pages the manifest does not name: crxjs builds only the ones it lists, plus these inputs.
      // (rolldownOptions is Vite 8's name; rollupOptions is its deprecated alias.)
      rolldownOptions: {
        output: {
          // What This page needs once its shell is painted, in two chunks rather than a dozen small
          // ones (the requests cost more than the bytes): the database (Dexie, the contact reads) and
          // the schemas (zod, the capture's). Apart, because the list pages read the database and
          // validate nothing: they need not evaluate zod and every schema before their first rows.
          codeSplitting: {
            groups: [
              {
                name: 'database',
                test: /node_modules[\\/]dexie[\\/]|src[\\/](db[\\/](database|contact-queries|search-words-middleware)|core[\\/](contacts[\\/]search-words|pipeline[\\/]status))\.ts/,
              },
              {
                name: 'schemas',
                test: /node_modules[\\/]zod[\\/]|src[\\/]core[\\/](z|contacts[\\/](profile|profile-fields|contact-fields|capture-changes|company-name|profile-role))\.ts/,
              },
            ],
          },
        },
        input: {
          conversation: resolve(import.meta.dirname, 'src/pages/conversation/index.html'),
          contacts: resolve(import.meta.dirname, 'src/pages/contacts/index.html'),
          contact: resolve(import.meta.dirname, 'src/pages/contact/index.html'),
          employers: resolve(import.meta.dirname, 'src/pages/employers/index.html'),
          network: resolve(import.meta.dirname, 'src/pages/network/index.html'),
          import: resolve(import.meta.dirname, 'src/pages/import/index.html'),
        },
      },
    },
  };
});
