/**
 * `npm run bench`: Confab's speed and size budgets, every figure measured in this one run.
 *   P6  capture script size, gzip kB (goal <= 15)
 *   P7  popup JavaScript size, gzip kB: the entry and every chunk it imports (goal <= 60)
 *   P4  opening This page on a profile until the form is filled (the tab is read, the capture script
 *       injected and run, the saved contact read, the form rendered), divided by a bare
 *       scripting.executeScript round-trip that returns nothing; both medians, in the same open popup (goal <= 3)
 *   P3  extraction time ÷ time to parse the same HTML, in Chromium, on the largest real page (goal <= 0.25)
 *   P2  the badge's query with 100,000 contacts and conversations ÷ with 1,000 (goal <= 2)
 *   P1  the popup's Today view to its first rows with 10,000 contacts ÷ with none (goal <= 1.3)
 *   P5  restore of a 100,000-contact backup ÷ a 10,000-contact one (goal <= 11)
 *   P8  that restore ÷ a bare Dexie bulkPut of the same rows (goal <= 2); both in bench-backup.ts
 * Prints a table and writes bench-results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageFiles } from '../src/pages/pages.ts';
import { pages } from '../test/e2e/fixture-pages.ts';
import { launchExtension, type Extension, openLinkedIn, openPopupOn } from '../test/e2e/launch.ts';
import { backupRatios } from './bench-backup.ts';
import { extractionRatio } from './bench-extraction.ts';
import { badgeRatio, popupRatio } from './bench-pipeline.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const runs = 15;

interface Measure {
  value: number;
  goal: string;
  detail: string;
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The popup's entry script and, transitively, every module it imports statically. */
function popupScripts(): string[] {
  const html = readFileSync(resolve(dist, pageFiles.popup), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) =>
    resolve(dist, dirname(pageFiles.popup), m[1]!.replace(/^\//, resolve(dist) + '/')),
  );
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

async function inChromium(): Promise<Record<'P4' | 'P3' | 'P2' | 'P1' | 'P5' | 'P8', Measure>> {
  const extension = await launchExtension();
  try {
    // The backup measures last: they leave 100,000 people in the database.
    return {
      P4: await captureRatio(extension),
      P3: await extractionRatio(extension),
      P2: await badgeRatio(extension),
      P1: await popupRatio(extension),
      ...(await backupRatios(extension)),
    };
  } finally {
    await extension.close();
  }
}

async function captureRatio(extension: Extension): Promise<Measure> {
  const profile = await openLinkedIn(extension, pages.avery.url);
  const popup = await openPopupOn(extension, profile);
  await popup.waitForFunction(() => performance.getEntriesByName('confab:form-filled').length > 0);

  const bare: number[] = [];
  const form: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A string, not a function: tsx's name-keeping helper does not exist inside the page.
    bare.push(
      await popup.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        const start = performance.now();
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => {} });
        return performance.now() - start;
      })()`),
    );
    // Show This page again (as when the person comes back to it): it reads the tab afresh.
    await popup.evaluate(() => performance.clearMarks());
    await popup.getByRole('tab', { name: 'Draft' }).click();
    await popup.getByRole('tab', { name: 'This page' }).click();
    await popup.waitForFunction(() => performance.getEntriesByName('confab:form-filled').length > 0);
    form.push(await popup.evaluate(() => performance.measure('p4', 'confab:this-page-open', 'confab:form-filled').duration));
  }
  const ratio = median(form) / median(bare);
  return {
    value: round(ratio),
    goal: '<= 3',
    detail: `median of ${runs}: This page open → form filled ${round(median(form), 1)} ms; bare executeScript round-trip ${round(median(bare), 1)} ms`,
  };
}

const capture = resolve(dist, 'src/content/capture.js');
const scripts = popupScripts();
const results: Record<string, Measure> = {
  P6: { value: round(gzipKb(capture)), goal: '<= 15', detail: `dist/src/content/capture.js, gzip -9` },
  P7: {
    value: round(scripts.reduce((sum, file) => sum + gzipKb(file), 0)),
    goal: '<= 60',
    detail: `${scripts.length} files, each gzip -9: ${scripts.map((f) => f.slice(dist.length + 1)).join(', ')}`,
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
