import { describe, expect, it } from 'vitest';
import { changesSince, describeChanges, jobChange, mergedSnapshot, type CaptureSnapshot } from './capture-changes.ts';

const before: CaptureSnapshot = {
  name: 'Avery Quinlan',
  headline: 'Designer',
  currentTitle: 'Designer',
  currentCompany: 'Harbor Light Labs',
  location: 'Portland',
};

describe('what changed between two captures', () => {
  it('names changed fields, ignoring case, spacing and fields the new page did not show', () => {
    const after = { ...before, headline: '  designer ', currentCompany: 'Tidewater', location: '' };
    expect(changesSince(before, after)).toEqual([{ field: 'currentCompany', before: 'Harbor Light Labs', after: 'Tidewater' }]);
    expect(changesSince(null, after)).toEqual([]);
  });

  it('describes the changes in one line', () => {
    expect(describeChanges([])).toBeNull();
    expect(describeChanges(changesSince(before, { ...before, headline: 'Lead' }))).toBe('Headline changed on LinkedIn');
    expect(describeChanges(changesSince(before, { ...before, headline: 'Lead', currentTitle: 'Lead', location: 'Lisbon' }))).toBe(
      'Headline, Current title and Location changed on LinkedIn',
    );
  });

  it('calls a new title or company a job change, and nothing else', () => {
    expect(jobChange(before, { ...before, currentTitle: 'Design Lead' })).toBe(
      'Now Design Lead at Harbor Light Labs (was Designer at Harbor Light Labs)',
    );
    expect(jobChange(before, { ...before, currentTitle: '', currentCompany: 'Tidewater' })).toBe(
      'Now Tidewater (was Designer at Harbor Light Labs)',
    );
    expect(jobChange(before, { ...before, headline: 'Other' })).toBeNull();
    expect(jobChange(null, before)).toBeNull();
  });

  it('sees no change of job when only the tagline beside the company went ("Insighture - We’re hiring")', () => {
    const hiring = { ...before, currentCompany: 'Insighture - We’re hiring' };
    const now = { ...before, currentCompany: 'Insighture' };
    expect(changesSince(hiring, now)).toEqual([]);
    expect(jobChange(hiring, now)).toBeNull();
  });

  it('keeps what an earlier capture saw where the new page showed nothing', () => {
    expect(mergedSnapshot(before, { ...before, currentTitle: '', headline: 'New' })).toEqual({ ...before, headline: 'New' });
    expect(mergedSnapshot(null, before)).toBe(before);
  });
});
