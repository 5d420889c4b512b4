/**
 * The README's architecture section names every top-level folder of src/ and every page of src/pages/,
 * so a newcomer's map of the code is never out of date (refined-github keeps its feature list honest
 * the same way).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Architecture'));
const architecture = section.slice(0, section.indexOf('\n## ', 4) === -1 ? undefined : section.indexOf('\n## ', 4));

const folders = (dir: string) =>
  existsSync(resolve(root, dir))
    ? readdirSync(resolve(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${dir}/${entry.name}/`)
    : [];

describe('the README architecture section', () => {
  it('exists', () => {
    expect(architecture.startsWith('## Architecture')).toBe(true);
  });

  it('describes every top-level folder of src/ and every page folder', () => {
    const named = (folder: string) => architecture.includes(folder) || architecture.includes(folder.split('/').slice(-2).join('/'));
    expect([...folders('src'), ...folders('src/pages')].filter((folder) => !named(folder))).toEqual([]);
  });
});
