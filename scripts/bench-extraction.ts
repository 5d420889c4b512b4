/**
 * P3: on the largest real LinkedIn page, the extractor's time ÷ the time to parse the same HTML into
 * a document, both in Chromium (medians). The extractor is bundled on its own for this, from the same
 * source the capture script is built from, and runs on the parsed (not live) document.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import type { Extension } from '../test/e2e/launch.ts';
import { pages } from '../test/e2e/fixture-pages.ts';

const root = resolve(import.meta.dirname, '..');
const realPages = resolve(root, '../shared/fixtures/linkedin');
const runs = 9;

function largestPage(): string | null {
  if (!existsSync(realPages)) return null;
  const files = readdirSync(realPages, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(realPages, file));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? null;
}

/** `extractProfile` as one classic script that sets `globalThis.confabBench`. */
async function extractorBundle(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: resolve(root, 'src/content/linkedin/extract-profile.ts'), formats: ['iife'], name: 'confabBench' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the extractor bundle is empty');
  return chunk.code;
}

export interface Measure {
  value: number;
  goal: string;
  detail: string;
}

export async function extractionRatio(extension: Extension): Promise<Measure> {
  const file = largestPage();
  if (!file) return { value: Number.NaN, goal: '<= 0.25', detail: `not measured: ${realPages} is missing` };
  const html = readFileSync(file, 'utf8');
  const url = (JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as { url: string }).url;
  const page = await extension.context.newPage();
  try {
    await page.goto(pages.feed.url);
    await page.addScriptTag({ content: await extractorBundle() });
    // A string, not a function: tsx's name-keeping helper does not exist inside the page.
    const timings = (await page.evaluate(`((html, url, runs) => {
      const parse = [], extract = [];
      let kind = null;
      for (let i = 0; i < runs; i++) {
        let start = performance.now();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        parse.push(performance.now() - start);
        start = performance.now();
        kind = confabBench.extractProfile(doc, url).kind;
        extract.push(performance.now() - start);
      }
      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      return { parse: median(parse), extract: median(extract), kind };
    })(${JSON.stringify(html)}, ${JSON.stringify(url)}, ${runs})`)) as { parse: number; extract: number; kind: string };
    if (timings.kind !== 'profile') throw new Error(`the bench page did not extract as a profile: ${timings.kind}`);
    const name = relative(resolve(root, '..'), file);
    return {
      value: Math.round((timings.extract / timings.parse) * 100) / 100,
      goal: '<= 0.25',
      detail: `median of ${runs} on ${name} (${Math.round(html.length / 1024)} kB): extract ${timings.extract.toFixed(1)} ms; DOMParser ${timings.parse.toFixed(1)} ms`,
    };
  } finally {
    await page.close();
  }
}
