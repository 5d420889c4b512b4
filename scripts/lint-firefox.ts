/**
 * `npm run test:firefox`: Mozilla's own linter (web-ext lint, the addons-linter that AMO runs on an
 * upload) on the Firefox build. It fails on any error, and on any warning not listed below, so a new
 * warning is looked at rather than scrolled past.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sourceDir = resolve(root, process.argv[2] ?? 'dist-firefox');

interface Finding {
  code: string;
  message: string;
  file?: string;
}

/**
 * Warnings that are understood, each with why it stays. Matched on the code and on what the flagged
 * file holds (chunk names change as the code grows), and each at most `times` times.
 */
export const acceptedWarnings: { code: string; fileHolds: string; times: number; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    fileHolds: 'dangerouslySetInnerHTML',
    times: 1,
    why: 'Preact’s renderer implements dangerouslySetInnerHTML; Confab never uses it (an ESLint rule forbids it and innerHTML), so that branch never runs.',
  },
];

function ruleFor(warning: Finding) {
  if (!warning.file) return undefined;
  const text = readFileSync(join(sourceDir, warning.file), 'utf8');
  return acceptedWarnings.find((a) => a.code === warning.code && text.includes(a.fileHolds));
}

function lint(dir: string): { errors: Finding[]; warnings: Finding[]; notices: Finding[] } {
  const bin = resolve(root, 'node_modules/web-ext/bin/web-ext.js');
  const run = spawnSync(process.execPath, [bin, 'lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], {
    encoding: 'utf8',
  });
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.slice(start)) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
}

const report = lint(sourceDir);
const seen = new Map<string, number>();
const unexpected = report.warnings.filter((warning) => {
  const rule = ruleFor(warning);
  const count = rule ? (seen.get(rule.code) ?? 0) + 1 : 0;
  if (rule) seen.set(rule.code, count);
  return !rule || count > rule.times;
});
const show = (f: Finding) => `  ${f.code} ${f.file ?? ''}: ${f.message}`;
console.log(
  `web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
for (const w of report.warnings.filter((f) => !unexpected.includes(f))) console.log(`${show(w)} (accepted)`);
if (report.errors.length > 0 || unexpected.length > 0) {
  console.error([...report.errors, ...unexpected].map(show).join('\n'));
  process.exit(1);
}
