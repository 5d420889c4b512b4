/**
 * `npm run package`, read back as the stores would: the archives open with an independent reader
 * (JSZip), hold exactly the built files with manifest.json at the root, the Firefox one passes Mozilla's
 * linter as an upload, and the sources archive rebuilds the very same Firefox build (AMO's reviewers
 * rebuild from it and compare).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePackages, type Packages } from '../../scripts/package.ts';
import { crc32, zip } from '../../scripts/zip.ts';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'confab-packages-'));
let packages: Packages;

beforeAll(() => {
  packages = makePackages(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const archive = await JSZip.loadAsync(readFileSync(path), { checkCRC32: true });
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(archive.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/** Names and contents with the 8-character chunk hashes blanked, sorted (two chunks may share a name). */
function withoutHashes(files: Map<string, Buffer>): [string, string][] {
  const blank = (text: string) => text.replace(/-[\w-]{8}\.(js|css)\b/g, '-#.$1');
  return [...files]
    .map(([name, data]): [string, string] => [blank(name), blank(data.toString('latin1'))])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
}

/** The environment of `npm run`, not vitest's: NODE_ENV=test would change what some packages bundle. */
const buildEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

const linter = (target: string) => {
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/addons-linter/bin/addons-linter'), target, '--output', 'json'], {
    encoding: 'utf8',
  });
  return JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { errors: { code: string }[] };
};

describe('the ZIP writer', () => {
  it('computes the standard CRC-32 and refuses unsafe names', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(() => zip([{ name: '../escape.js', data: Buffer.alloc(0) }])).toThrow(/Not a safe/);
    expect(() =>
      zip([
        { name: 'a.js', data: Buffer.alloc(0) },
        { name: 'a.js', data: Buffer.alloc(1) },
      ]),
    ).toThrow(/unique/);
  });

  it('gives the same bytes for the same files (a reviewer can compare two runs)', () => {
    const entries = [
      { name: 'b.txt', data: Buffer.from('b') },
      { name: 'a/é.txt', data: deflateRawSync('x') },
    ];
    expect(zip(entries).equals(zip([...entries].reverse()))).toBe(true);
  });
});

describe.each([
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
] as const)('the %s upload', (store, dist) => {
  it(`is named for the version and holds exactly ${dist}/, byte for byte, without source maps`, async () => {
    expect(packages[store]).toMatch(new RegExp(`confab-${store}-\\d+\\.\\d+\\.\\d+\\.zip$`));
    const files = await unzip(packages[store]);
    const built = filesUnder(resolve(root, dist)).filter((f) => !f.endsWith('.map'));
    expect([...files.keys()].sort()).toEqual(built.map((f) => relative(resolve(root, dist), f)).sort());
    expect(files.has('manifest.json')).toBe(true);
    for (const file of built) expect(files.get(relative(resolve(root, dist), file))?.equals(readFileSync(file)), file).toBe(true);
  });
});

describe('the store rules on each upload', () => {
  it('Chrome’s asks for no host permission (the e2e build’s stays out)', async () => {
    const manifest = JSON.parse((await unzip(packages.chrome)).get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox’s passes Mozilla’s add-on linter as an upload, with no error', () => {
    expect(linter(packages.firefox).errors).toEqual([]);
  });
});

describe('the sources for AMO’s review', () => {
  it('hold the project without tests, docs or anything built, and rebuild the same Firefox files', async () => {
    const files = await unzip(packages.sources);
    const names = [...files.keys()];
    for (const needed of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'vite.config.ts',
      'scripts/firefox-manifest.ts',
      'README.md',
    ])
      expect(names).toContain(needed);
    expect(names.filter((n) => /^(node_modules|dist|dist-e2e|dist-firefox|packages|test|docs)\//.test(n))).toEqual([]);

    // Rebuilt in a fresh folder, it gives the same Firefox build, file for file. The folder is inside
    // the project's .tmp/ so that Node finds the installed node_modules above it, as after `npm ci`
    // (a symbolic link would make Vite resolve some packages differently). Only the hashes in chunk names may differ: crxjs hashes the
    // capture script's absolute path into its placeholder, so they depend on where the build ran.
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const tree = mkdtempSync(join(root, '.tmp', 'sources-'));
    try {
      for (const [name, data] of files) {
        mkdirSync(dirname(join(tree, name)), { recursive: true });
        writeFileSync(join(tree, name), data);
      }
      const build = spawnSync(
        process.execPath,
        [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'firefox', '--logLevel', 'error'],
        { cwd: tree, encoding: 'utf8', env: buildEnv },
      );
      expect(build.status, build.stderr).toBe(0);
      const rebuilt = new Map(
        filesUnder(join(tree, 'dist-firefox')).map((f) => [relative(join(tree, 'dist-firefox'), f), readFileSync(f)] as const),
      );
      expect(withoutHashes(rebuilt)).toEqual(withoutHashes(await unzip(packages.firefox)));
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
