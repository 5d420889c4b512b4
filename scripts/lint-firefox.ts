/**
 * `npm run test:firefox`: Mozilla's own linter (web-ext lint, the addons-linter that AMO runs on an
 * upload) on the Firefox build. It fails on any error, and on any warning not listed below, so a new
 * warning is looked at rather than scrolled past.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sourceDir = resolve(root, process.argv[2] ?? 'dist-firefox');

interface Finding {
  code: string;
  message: string;
  file?: string;
}

/**
 * Warnings that are understood, each with why it stays. Matched on the code and the file's name
 * without its content hash.
 */
export const acceptedWarnings: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/jsxRuntime-[\w-]+\.js$/,
    why: 'Preact’s renderer implements dangerouslySetInnerHTML; Confab never uses it (an ESLint rule forbids it and innerHTML), so that branch never runs.',
  },
];

function lint(dir: string): { errors: Finding[]; warnings: Finding[]; notices: Finding[] } {
  const bin = resolve(root, 'node_modules/web-ext/bin/web-ext.js');
  const run = spawnSync(process.execPath, [bin, 'lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], { encoding: 'utf8' });
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.slice(start)) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
}

const report = lint(sourceDir);
const unexpected = report.warnings.filter((w) => !acceptedWarnings.some((a) => a.code === w.code && a.file.test(w.file ?? '')));
const show = (f: Finding) => `  ${f.code} ${f.file ?? ''}: ${f.message}`;
console.log(`web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
for (const w of report.warnings.filter((f) => !unexpected.includes(f))) console.log(`${show(w)} (accepted)`);
if (report.errors.length > 0 || unexpected.length > 0) {
  console.error([...report.errors, ...unexpected].map(show).join('\n'));
  process.exit(1);
}
