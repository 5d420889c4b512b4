/**
 * P2: the badge's work (the background answering `refreshBadge`: the pending thank-you count and
 * whether one is late, from the index) with 100,000 contacts and conversations ÷ with 1,000, both with
 * ten thank-yous pending, medians, in Chromium.
 */
import type { Extension } from '../test/e2e/launch.ts';
import { seed } from './bench-seed.ts';

export interface Measure {
  value: number;
  goal: string;
  detail: string;
}

const runs = 15;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function badgeTimes(extension: Extension, count: number): Promise<{ ms: number; pending: number }> {
  const page = await extension.context.newPage();
  try {
    await page.goto(extension.popupUrl.replace('popup/index.html', 'options/index.html'));
    await seed(page, count, new Date());
    const times: number[] = [];
    let pending = 0;
    for (let i = 0; i < runs; i++) {
      const result = (await page.evaluate(`(async () => {
        const start = performance.now();
        const reply = await chrome.runtime.sendMessage({ confab: 1, name: 'refreshBadge', payload: {} });
        return { ms: performance.now() - start, pending: reply.value.pending };
      })()`)) as { ms: number; pending: number };
      times.push(result.ms);
      pending = result.pending;
    }
    return { ms: median(times), pending };
  } finally {
    await page.close();
  }
}

export async function badgeRatio(extension: Extension): Promise<Measure> {
  const small = await badgeTimes(extension, 1_000);
  const large = await badgeTimes(extension, 100_000);
  if (small.pending !== 10 || large.pending !== 10) throw new Error(`unexpected pending counts ${small.pending} / ${large.pending}`);
  return {
    value: Math.round((large.ms / small.ms) * 100) / 100,
    goal: '<= 2',
    detail: `median of ${runs} refreshBadge round trips, 10 thank-yous pending in each: 100,000 contacts and conversations ${large.ms.toFixed(1)} ms; 1,000: ${small.ms.toFixed(1)} ms`,
  };
}
