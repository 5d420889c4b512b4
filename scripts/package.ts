/**
 * `npm run package`: the files a person uploads, built from `dist/` and `dist-firefox/` (the script
 * builds both first):
 *
 * - `confab-chrome-<version>.zip` for the Chrome Web Store: manifest.json at the root, no source maps,
 *   and never the end-to-end build's host permission (checked, not assumed).
 * - `confab-firefox-<version>.zip` for addons.mozilla.org (AMO).
 * - `confab-sources-<version>.zip`: AMO asks for the source of any bundled or minified code, with the
 *   steps to rebuild it (README, "Firefox"). It is what git would hold, less the tests and docs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zip, type ZipEntry } from './zip.ts';

const root = resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function entriesOf(dir: string, paths: readonly string[]): ZipEntry[] {
  return paths.map((path) => ({ name: relative(dir, path).split('\\').join('/'), data: readFileSync(path) }));
}

function builtEntries(dist: string): ZipEntry[] {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no manifest.json: build it first.`);
  return entriesOf(
    dist,
    filesUnder(dist).filter((path) => !path.endsWith('.map')),
  );
}

function versionOf(dist: string): string {
  return (JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string }).version;
}

/** The project's own files: tracked or new but not ignored (so no node_modules, dist or packages). */
export function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\0')
    .filter((path) => path && !/^(test|docs|\.ci)\//.test(path) && existsSync(join(root, path)))
    .map((path) => join(root, path));
}

export interface Packages {
  chrome: string;
  firefox: string;
  sources: string;
}

export function makePackages(outDir: string = join(root, 'packages')): Packages {
  const chromeDist = join(root, 'dist');
  const firefoxDist = join(root, 'dist-firefox');
  const version = versionOf(chromeDist);
  if (versionOf(firefoxDist) !== version) throw new Error('dist/ and dist-firefox/ are of different versions: build both again.');
  const manifest = JSON.parse(readFileSync(join(chromeDist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  if ('host_permissions' in manifest) throw new Error('dist/ holds a build with host permissions (the e2e one?): run `npm run build`.');

  mkdirSync(outDir, { recursive: true });
  const write = (name: string, entries: ZipEntry[]) => {
    const path = join(outDir, name);
    writeFileSync(path, zip(entries));
    return path;
  };
  return {
    chrome: write(`confab-chrome-${version}.zip`, builtEntries(chromeDist)),
    firefox: write(`confab-firefox-${version}.zip`, builtEntries(firefoxDist)),
    sources: write(`confab-sources-${version}.zip`, entriesOf(root, sourceFiles())),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const path of Object.values(makePackages())) console.log(`${relative(root, path)}  ${(statSync(path).size / 1024).toFixed(0)} kB`);
}
