/**
 * `npm run bench`: Confab's speed and size budgets, every figure measured in this one run.
 *   P6  capture script size, gzip kB (goal <= 15)
 *   P7  the popup's JavaScript before its first paint, gzip kB: the static closure of its entry script (the
 *       entry and every chunk it imports statically; what This page imports dynamically is preloaded
 *       beside it but runs after the first paint: printed apart, not counted) (goal <= 45)
 *   P4  a new popup document on a saved profile until the form is filled ÷ a blank extension page's
 *       first paint (goal <= 1.5); bench-popup.ts
 *   P3  extraction time ÷ time to parse the same HTML, in Chromium, on the largest real page (goal <= 0.25)
 *   P2  the badge's query with 100,000 contacts and conversations ÷ with 1,000 (goal <= 2)
 *   P1  a new popup document until Today's first rows, 30,000 contacts of which 10 are due ÷ the same
 *       blank page (goal <= 1.5); bench-popup.ts
 *   P13 the popup's JavaScript heap with 30,000 contacts ÷ with none, every view shown (goal <= 1.2); bench-popup.ts
 *   P12 a new contacts page until its first rows, 30,000 contacts ÷ the same blank page (goal <= 1.5)
 *   P14 one search keystroke on that page until its rows show ÷ a bare indexed query for the same
 *       prefix (goal <= 2); both in bench-contacts.ts
 *   P5  restore of a 100,000-contact backup ÷ a 10,000-contact one (goal <= 11)
 *   P8  that restore ÷ a bare Dexie bulkPut of the same rows (goal <= 2); both in bench-backup.ts
 * Prints a table and writes bench-results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageFiles } from '../src/pages/pages.ts';
import { launchExtension } from '../test/e2e/launch.ts';
import { backupRatios } from './bench-backup.ts';
import { extractionRatio } from './bench-extraction.ts';
import { contactsPageRatios } from './bench-contacts.ts';
import { badgeRatio } from './bench-pipeline.ts';
import { atScale, formRatio } from './bench-popup.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');

interface Measure {
  value: number;
  goal: string;
  detail: string;
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A built file and, transitively, every module it imports statically. */
function staticClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(resolve(dirname(file), m[1]!));
  };
  entries.forEach(visit);
  return [...seen];
}

const popupAsset = (href: string) => resolve(dist, dirname(pageFiles.popup), href.replace(/^\//, resolve(dist) + '/'));

/**
 * The popup's entry script and every module it imports statically: what runs before its first paint.
 * The modules the HTML preloads for This page are fetched beside it but run only once it has painted
 * (a dynamic import): counted apart.
 */
function popupScripts(): { beforePaint: string[]; preloaded: string[] } {
  const html = readFileSync(resolve(dist, pageFiles.popup), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => popupAsset(m[1]!));
  const beforePaint = staticClosure(entries);
  const preloaded = [...html.matchAll(/<link[^>]+href="([^"]+\.js)"/g)]
    .map((m) => popupAsset(m[1]!))
    .filter((file) => !beforePaint.includes(file));
  return { beforePaint, preloaded };
}

async function inChromium(): Promise<Record<'P4' | 'P3' | 'P2' | 'P1' | 'P13' | 'P12' | 'P14' | 'P5' | 'P8', Measure>> {
  const extension = await launchExtension();
  try {
    // The backup measures last: they leave 100,000 people in the database.
    return {
      P4: await formRatio(extension),
      P3: await extractionRatio(extension),
      P2: await badgeRatio(extension),
      ...(await atScale(extension)),
      ...(await contactsPageRatios(extension)),
      ...(await backupRatios(extension)),
    };
  } finally {
    await extension.close();
  }
}

const capture = resolve(dist, 'src/content/capture.js');
const { beforePaint, preloaded } = popupScripts();
const kb = (files: readonly string[]) => round(files.reduce((sum, file) => sum + gzipKb(file), 0));
const results: Record<string, Measure> = {
  P6: { value: round(gzipKb(capture)), goal: '<= 15', detail: `dist/src/content/capture.js, gzip -9` },
  P7: {
    value: kb(beforePaint),
    goal: '<= 45',
    detail: `the static closure of the popup's entry script, ${beforePaint.length} files, each gzip -9: ${beforePaint.map((f) => f.slice(dist.length + 1)).join(', ')}; besides, ${kb(preloaded)} kB in ${preloaded.length} files preloaded for This page, fetched beside the entry and run once the shell has painted`,
  },
  ...(await inChromium()),
  P9: await (await import('./bench-import.ts')).importBench(),
};

const meets = (m: Measure) => {
  const [op, limit] = m.goal.split(' ');
  return op === '<=' ? m.value <= Number(limit) : m.value >= Number(limit);
};
console.log('| id | value | goal | ok | detail |\n|---|---|---|---|---|');
for (const [id, m] of Object.entries(results)) console.log(`| ${id} | ${m.value} | ${m.goal} | ${meets(m) ? 'yes' : 'NO'} | ${m.detail} |`);
writeFileSync(resolve(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten: bench-results.json');
