/**
 * What ships holds no way to reach the network and no way to run code that is not in the package:
 * every URL in the built files of both stores' builds is LinkedIn's or on the short list below, the
 * Content Security Policy stays Manifest V3's default, and nothing evaluates strings as code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchExtension } from './launch.ts';

const root = resolve(import.meta.dirname, '../..');
const builds = ['dist', 'dist-firefox'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const textFiles = (build: string) => filesUnder(resolve(root, build)).filter((f) => /\.(js|mjs|html|json|css|svg|txt)$/.test(f));

/**
 * URLs that are not LinkedIn's and still must be there. None is ever requested: the namespaces are
 * names, and the others are words inside libraries' error messages, shown as text at most.
 */
export const allowedUrls: Record<string, string> = {
  'http://www.w3.org/2000/svg': 'Preact: the SVG namespace name given to createElementNS.',
  'http://www.w3.org/1999/xhtml': 'Preact: the HTML namespace name given to createElementNS.',
  'http://www.w3.org/1998/Math/MathML': 'Preact: the MathML namespace name given to createElementNS.',
  'https://tinyurl.com/y2uuvskb': 'Dexie: a link inside its “IndexedDB API missing” error message.',
  'http://bit.ly/2kdckMn': 'Dexie: a link inside its “Transaction committed too early” error message.',
  'https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md':
    'date-fns: a link inside its error message for a wrong format token.',
  'https://github.com/mholt/PapaParse': 'Papa Parse: its licence comment, which the bundle of the import’s reading worker keeps.',
};

const isLinkedIn = (url: string) => /^https:\/\/([a-z0-9-]+\.)*linkedin\.com(\/|$)/i.test(url);

function urlsIn(text: string): string[] {
  return [...text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\,;{}[\]*]+/gi)].map((m) => m[0].replace(/[.:]+$/, ''));
}

describe.each(builds)('the built files of %s/', (build) => {
  const files = textFiles(build);

  it('name no URL but linkedin.com and the listed namespaces and library messages', () => {
    const found = files.flatMap((file) => urlsIn(readFileSync(file, 'utf8')).map((url) => `${url}  (${file.slice(root.length + 1)})`));
    const unexpected = found.filter((entry) => {
      const url = entry.split('  (')[0]!;
      return !isLinkedIn(url) && !Object.hasOwn(allowedUrls, url);
    });
    expect(unexpected).toEqual([]);
    // The list stays as short as what ships: an entry nobody needs any more is taken off.
    for (const url of Object.keys(allowedUrls))
      expect(
        found.some((entry) => entry.startsWith(`${url}  (`)),
        `${url} is no longer in ${build}/: remove it from allowedUrls`,
      ).toBe(true);
  });

  it('never evaluate strings as code: no eval, no Function constructor, no string timers', () => {
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|[^.\w$]Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`]/);
    }
  });

  it('load scripts only from the package: no inline or remote script, no inline handlers, no CSP meta', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag, file).toMatch(/\bsrc="\/assets\/[\w.-]+\.js"/);
      expect(html, file).not.toMatch(/<script\b[^>]*>[^<\s]/i);
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
    }
  });

  it('keep the Content Security Policy at Manifest V3’s default: scripts from the package only', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    // The same as MV3's default ("script-src 'self'; object-src 'self'" is what Chrome applies when
    // the key is absent), written out so that any loosening shows up in review and here.
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(manifest).not.toHaveProperty('sandbox');
    expect(JSON.stringify(manifest)).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
  });
});

describe('the Firefox build (dist-firefox/manifest.json)', () => {
  const read = (build: string) => JSON.parse(readFileSync(resolve(root, build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const firefox = read('dist-firefox');

  it('differs from Chrome’s only by an event page, the add-on settings and no Chrome minimum', () => {
    const without = (manifest: Record<string, unknown>, keys: string[]) =>
      Object.fromEntries(Object.entries(manifest).filter(([key]) => !keys.includes(key)));
    expect(without(firefox, ['background', 'browser_specific_settings'])).toEqual(
      without(read('dist'), ['background', 'minimum_chrome_version']),
    );
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'confab@confab.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('runs the background as a module event page whose file is there, with no service worker key', () => {
    const background = firefox.background as { scripts: string[]; type: string };
    expect(background).toEqual({ scripts: [expect.stringMatching(/\.js$/)], type: 'module' });
    expect(statSync(resolve(root, 'dist-firefox', background.scripts[0]!)).isFile()).toBe(true);
  });
});

describe('the policy, enforced in Chromium on an extension page', () => {
  it('refuses eval, the Function constructor, inline and data: scripts', async () => {
    const extension = await launchExtension();
    try {
      const page = await extension.context.newPage();
      await page.goto(extension.popupUrl);
      const outcome = await page.evaluate(async () => {
        const tries = (run: () => unknown) => {
          try {
            run();
            return 'ran';
          } catch (error) {
            return (error as Error).name;
          }
        };
        const flag = globalThis as { __inline?: boolean; __data?: boolean };
        const inline = document.createElement('script');
        inline.textContent = 'globalThis.__inline = true;';
        document.body.append(inline);
        const data = document.createElement('script');
        data.src = 'data:text/javascript,globalThis.__data=true';
        const settled = new Promise((done) => data.addEventListener('error', done, { once: true }));
        document.body.append(data);
        await settled;
        return {
          eval: tries(() => eval('1')),
          fn: tries(() => new Function('return 1')),
          inline: flag.__inline ?? false,
          data: flag.__data ?? false,
        };
      });
      expect(outcome).toEqual({ eval: 'EvalError', fn: 'EvalError', inline: false, data: false });
    } finally {
      await extension.close();
    }
  });
});
