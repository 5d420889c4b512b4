import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const written: string[] = [];

/** Lints a throwaway file placed in a real folder, so the folder rules apply to it. */
async function lintImport(folder: string, specifier: string): Promise<string[]> {
  const dir = resolve(root, 'src', folder);
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `boundary-probe-${process.pid}.ts`);
  written.push(file);
  writeFileSync(file, `import * as probe from '${specifier}';\nexport const used = probe;\n`);
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

afterAll(() => written.forEach((file) => rmSync(file, { force: true })));

describe('import boundaries between the folders', () => {
  it.each([
    ['core', '../db/database.ts', 'core is pure'],
    ['core', '../messaging/protocol.ts', 'core is pure'],
    ['content', '../db/database.ts', 'the capture script imports core only'],
    ['content', '../messaging/send.ts', 'the capture script imports core only'],
    ['db', '../background/badge.ts', 'db depends on core only'],
    ['background', '../pages/popup/app.tsx', 'the background never imports UI code'],
    ['background', '../ui/page-shell.tsx', 'the background never imports UI code'],
    ['pages/popup', '../../background/handlers.ts', 'the popup page talks to the background by messages only'],
    ['pages/options', '../popup/app.tsx', 'the options page never imports another page'],
    ['pages/contact', '../contacts/contacts-page.tsx', 'the contact page never imports another page'],
    ['core', '../../test/unit/export-samples.ts', 'test data and helpers stay in test/'],
    ['db', '../../test/unit/test-db.ts', 'test data and helpers stay in test/'],
  ])('%s may not import %s', async (folder, specifier, reason) => {
    const messages = await lintImport(folder, specifier);
    expect(messages.join('\n')).toContain(reason);
  });

  it.each([
    ['content', '../core/contacts/profile-url.ts'],
    ['pages/popup', '../../db/database.ts'],
    ['pages/contact', '../../ui/page-shell.tsx'],
    ['pages/contact', '../pages.ts'],
    ['background', '../db/contacts-repo.ts'],
    ['background', '../pages/pages.ts'],
    ['pages/options', '../../messaging/send.ts'],
  ])('%s may import %s', async (folder, specifier) => {
    expect(await lintImport(folder, specifier)).toEqual([]);
  });
});
