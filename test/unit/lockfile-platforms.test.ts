/**
 * npm can write a lockfile on Linux that lists only the Linux build of a package's native binding
 * (optional dependencies resolved for one platform); `npm ci` on macOS or Windows then installs none and
 * the tool that needs it fails there. Every optional dependency a locked package declares must itself be
 * locked, for every platform.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  optionalDependencies?: Record<string, string>;
  os?: string[];
}

const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const paths = Object.keys(lock.packages);

/** Where node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function isLocked(from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (Object.hasOwn(lock.packages, `${base ? `${base}/` : ''}node_modules/${name}`)) return true;
    if (base === '') return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

describe('the lockfile', () => {
  it('locks every optional dependency of every package (native bindings for all platforms)', () => {
    const missing = paths.flatMap((path) =>
      Object.keys(lock.packages[path]!.optionalDependencies ?? {})
        .filter((name) => !isLocked(path, name))
        .map((name) => `${path} → ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
