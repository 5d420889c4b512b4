import { describe, expect, it } from 'vitest';
import type { Extraction } from '../core/contacts/profile.ts';
import type { PageIdentity } from './linkedin/page-identity.ts';
import { belongsToUrl, captureWhenSettled } from './page-settled.ts';

function profile(slug: string, name: string | null): Extraction {
  return {
    kind: 'profile',
    slug,
    url: `https://www.linkedin.com/in/${slug}/`,
    name,
    headline: null,
    location: null,
    currentTitle: null,
    currentCompany: null,
    about: null,
    experience: [],
    education: [],
    missing: [],
    degree: null,
    invitationPending: null,
    mutualConnections: null,
  };
}

const noWait = async () => {};

describe('a capture during LinkedIn’s in-page navigation', () => {
  it('belongs to the URL when the document claims nothing else', () => {
    expect(belongsToUrl(profile('jordan', 'Jordan Reyes'), { slugs: [], titleName: null })).toBe(true);
    expect(belongsToUrl(profile('jordan', 'Jordan R.'), { slugs: ['jordan'], titleName: 'Jordan Reyes' })).toBe(true);
  });

  it('does not belong when the canonical URL or the title still name the previous person', () => {
    expect(belongsToUrl(profile('jordan', 'Avery Quinlan'), { slugs: ['avery-quinlan'], titleName: null })).toBe(false);
    expect(belongsToUrl(profile('jordan', 'Avery Quinlan'), { slugs: [], titleName: 'Jordan Reyes' })).toBe(false);
  });

  it('does not belong while the new top card sits over the previous person’s sections', () => {
    expect(belongsToUrl(profile('jordan', 'Jordan Reyes'), { slugs: ['jordan', 'avery-quinlan'], titleName: 'Jordan Reyes' })).toBe(false);
  });

  it('waits until the page shows the person of the URL', async () => {
    const reads: Array<{ extraction: Extraction; identity: PageIdentity }> = [
      { extraction: profile('jordan', 'Avery Quinlan'), identity: { slugs: ['avery-quinlan'], titleName: 'Avery Quinlan' } },
      { extraction: profile('jordan', null), identity: { slugs: [], titleName: null } },
      { extraction: profile('jordan', 'Jordan Reyes'), identity: { slugs: ['jordan'], titleName: 'Jordan Reyes' } },
    ];
    let waits = 0;
    const outcome = await captureWhenSettled({ read: () => reads[Math.min(waits, reads.length - 1)]!, wait: async () => void waits++ });
    expect(outcome).toMatchObject({ kind: 'profile', name: 'Jordan Reyes' });
    // Right on the third read, and the same for three more (600 ms): the swap has finished.
    expect(waits).toBe(5);
  });

  it('after a swap, waits until the sections stop changing', async () => {
    const jordan = profile('jordan', 'Jordan Reyes');
    const withJob = { ...jordan, experience: [{ title: 'Analyst', company: 'Quarry', start: null, end: null, location: null }] };
    const identity = { slugs: ['jordan'], titleName: 'Jordan Reyes' };
    const reads = [
      { extraction: profile('jordan', 'Avery Quinlan'), identity: { slugs: ['avery-quinlan'], titleName: 'Avery Quinlan' } },
      { extraction: jordan, identity },
      { extraction: withJob, identity },
      { extraction: withJob, identity },
    ];
    let waits = 0;
    const outcome = await captureWhenSettled({ read: () => reads[Math.min(waits, reads.length - 1)]!, wait: async () => void waits++ });
    expect(outcome).toEqual(withJob);
    expect(waits).toBe(5);
  });

  it('says the page is stale rather than mixing two people', async () => {
    const outcome = await captureWhenSettled({
      read: () => ({ extraction: profile('jordan', 'Avery Quinlan'), identity: { slugs: ['avery-quinlan'], titleName: 'Avery Quinlan' } }),
      wait: noWait,
      timeoutMs: 1_000,
    });
    expect(outcome).toEqual({ kind: 'stale', urlSlug: 'jordan', shownName: 'Avery Quinlan' });
  });

  it('returns a profile whose name never appears as it is, and other page kinds at once', async () => {
    expect(
      await captureWhenSettled({
        read: () => ({ extraction: profile('sam', null), identity: { slugs: [], titleName: null } }),
        wait: noWait,
      }),
    ).toMatchObject({ kind: 'profile', name: null });
    let reads = 0;
    expect(
      await captureWhenSettled({
        read: () => (reads++, { extraction: { kind: 'authwall' }, identity: { slugs: [], titleName: null } }),
        wait: noWait,
      }),
    ).toEqual({ kind: 'authwall' });
    expect(reads).toBe(1);
  });
});
