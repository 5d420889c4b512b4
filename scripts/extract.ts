/**
 * `npm run extract -- <page.html> [--url <profile-url>]`: prints what Confab's capture would read from
 * a LinkedIn page saved with the browser's "Save page as", as JSON. Same extractor as the capture
 * script, over happy-dom instead of the live tab. Without --url, the page's own canonical link,
 * og:url or profile links say whose page it is.
 */
import { readFileSync } from 'node:fs';
import { extractProfile } from '../src/content/linkedin/extract-profile.ts';
import { parseDocument } from '../test/unit/linkedin-test-document.ts';

const usage = 'usage: npm run extract -- <page.html> [--url https://www.linkedin.com/in/<slug>/]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function parseArgs(args: string[]): { file: string; url: string } {
  let file: string | undefined;
  let url = 'https://www.linkedin.com/';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--url') {
      const next = args[(i += 1)];
      if (!next) fail('--url needs a value');
      url = next;
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else if (file === undefined) file = arg;
    else fail(`unexpected argument: ${arg}`);
  }
  if (!file) fail('give the path of a saved LinkedIn page');
  try {
    new URL(url);
  } catch {
    fail(`not a URL: ${url}`);
  }
  return { file, url };
}

const { file, url } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
process.stdout.write(`${JSON.stringify(extractProfile(parseDocument(html, url), url), null, 2)}\n`);
