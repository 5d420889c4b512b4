/** `npm run read-export`: what an import would read from LinkedIn's export, from the command line. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const era = (name: string) => path.join(root, 'test/fixtures/exports', name);
const scratch = mkdtempSync(path.join(tmpdir(), 'read-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the script; resolves with its exit status and output (spawned in parallel across tests). */
function readExport(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/read-export.ts', ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr });
    });
  });
}

function zipOf(folder: string, name: string, cut = 0): string {
  const files = Object.fromEntries(
    readdirSync(folder).map((file) => [`Basic_LinkedInDataExport/${file}`, readFileSync(path.join(folder, file))]),
  );
  const zip = zipSync(files);
  const file = path.join(scratch, name);
  writeFileSync(file, zip.subarray(0, zip.length - cut));
  return file;
}

// Each case starts tsx: allow for a loaded machine.
describe.concurrent('npm run read-export', { timeout: 60_000 }, () => {
  it('prints the same reading from the zip as from its folder', async () => {
    const [fromZip, fromFolder] = await Promise.all([readExport(zipOf(era('2026'), 'export.zip')), readExport(era('2026'))]);
    expect(fromZip.status).toBe(0);
    const zipped = JSON.parse(fromZip.stdout);
    const folder = JSON.parse(fromFolder.stdout);
    expect(zipped.owner).toEqual({ name: 'Robin Achebe', headline: 'Product analyst, moving into UX research' });
    expect(zipped.contacts).toEqual(folder.contacts);
    expect(zipped.contacts.map((c: { slug: string }) => c.slug)).toEqual([
      'zoë-brandt',
      'marco-ellery',
      'priya-okafor-12ab',
      'ines-hart',
      'dev-castell',
    ]);
    expect(zipped.files.map((f: { name: string }) => f.name)).toContain('Basic_LinkedInDataExport/Connections.csv');
    expect(Object.keys(zipped)).toEqual(['owner', 'contacts', 'skipped', 'files']);
  });

  it('reads CSV files given one by one', async () => {
    const result = await readExport(path.join(era('2026'), 'Connections.csv'), path.join(era('resave'), 'Connections.csv'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).skipped).toHaveLength(2);
  });

  it.each([
    ['a file that is not an export', () => path.join(root, 'README.md'), /^This is not LinkedIn's data export: [^\n]*\n$/],
    ['a truncated zip', () => zipOf(era('2026'), 'cut.zip', 30), /^This zip is cut short or damaged[^\n]*\n$/],
  ])('refuses %s with status 1 and one line', async (_, file, message) => {
    const result = await readExport(file());
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it.each([
    [[], /give the path/],
    [['no-such-export.zip'], /cannot read no-such-export\.zip/],
  ])('fails clearly on %j', async (args, message) => {
    const result = await readExport(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: npm run read-export/);
  });
});
