/** `npm run extract`: the extractor over a saved page, from the command line. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const fixture = (name: string) => path.join(root, 'test/fixtures', name);

/** Runs the script; resolves with its exit status and output (spawned in parallel across tests). */
function extract(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/extract.ts', ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr });
    });
  });
}

// Each case starts tsx: allow for a loaded machine.
describe.concurrent('npm run extract', { timeout: 60_000 }, () => {
  it('prints the extraction of a saved page as JSON', async () => {
    const result = await extract(fixture('profile-avery-quinlan.html'), '--url', 'https://www.linkedin.com/in/avery-quinlan/');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(fixture('profile-avery-quinlan.expected.json'), 'utf8')));
  });

  it('prints the relationship the top card shows', async () => {
    const result = await extract(
      fixture('profile-sdui-2026-pt-pending.html'),
      '--url',
      'https://www.linkedin.com/in/beatriz-quaresma-fictional/',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      degree: 2,
      invitationPending: true,
      mutualConnections: { count: 14, names: ['Jane Roe', 'John Doe'] },
    });
  });

  it('finds whose page it is from the page itself when no URL is given', async () => {
    const result = await extract(fixture('profile-jordan-reyes.html'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'profile', slug: 'jordan-reyes-data' });
  });

  it('reports a sign-in page as such', async () => {
    const result = await extract(fixture('authwall.html'), '--url=https://www.linkedin.com/in/avery-quinlan/');
    expect(JSON.parse(result.stdout)).toEqual({ kind: 'authwall' });
  });

  it.each([
    [[], /give the path/],
    [['no-such-page.html'], /cannot read no-such-page\.html/],
    [[fixture('feed.html'), '--url'], /--url needs a value/],
    [[fixture('feed.html'), '--url', 'not a url'], /not a URL/],
  ])('fails clearly on %j', async (args, message) => {
    const result = await extract(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: npm run extract/);
  });
});
