import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const fixtures = resolve(import.meta.dirname, '../fixtures');

/** Made-up LinkedIn pages, served at the URLs LinkedIn would use. */
export const pages = {
  avery: { url: 'https://www.linkedin.com/in/avery-quinlan/', file: 'profile-avery-quinlan.html' },
  jordan: { url: 'https://www.linkedin.com/in/jordan-reyes-data/', file: 'profile-jordan-reyes.html' },
  halfTopCard: { url: 'https://www.linkedin.com/in/sam-okafor/', file: 'profile-half-topcard.html' },
  hostile: { url: 'https://www.linkedin.com/in/hostile-text-example/', file: 'profile-hostile-text.html' },
  notFound: { url: 'https://www.linkedin.com/in/no-such-person-404/', file: 'profile-not-found.html' },
  authwall: { url: 'https://www.linkedin.com/in/private-person/', file: 'authwall.html' },
  feed: { url: 'https://www.linkedin.com/feed/', file: 'feed.html' },
  notFound2024: { url: 'https://www.linkedin.com/in/no-such-member-2024-example/', file: 'profile-not-found-2024.html' },
  betweenJobs: { url: 'https://www.linkedin.com/in/ilse-vandermeer-fictional/', file: 'profile-loggedin-hashed-2025-ilse-vandermeer.html' },
  pendingPt: { url: 'https://www.linkedin.com/in/beatriz-quaresma-fictional/', file: 'profile-sdui-2026-pt-pending.html' },
} as const;

export function readFixture(file: string): string {
  return readFileSync(resolve(fixtures, file), 'utf8');
}

/** Serves every linkedin.com request from the fixtures; nothing reaches the network. */
export async function routeLinkedIn(context: BrowserContext): Promise<void> {
  await context.route('https://www.linkedin.com/**', async (route) => {
    const url = new URL(route.request().url());
    const page = Object.values(pages).find((p) => new URL(p.url).pathname === url.pathname);
    if (!page) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({
      status: page === pages.notFound ? 404 : 200,
      contentType: 'text/html; charset=utf-8',
      body: readFixture(page.file),
    });
  });
}
