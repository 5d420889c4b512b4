import { describe, expect, it } from 'vitest';
import { describeCaptureProblem } from './capture-problems.ts';

describe('describeCaptureProblem', () => {
  it('sends the person from part of a profile to the main profile, by its address', () => {
    const sentence = describeCaptureProblem({ kind: 'subpage', slug: 'avery-quinlan', url: 'https://www.linkedin.com/in/avery-quinlan/' });
    expect(sentence).toBe('This is only part of a profile. Open the main profile (linkedin.com/in/avery-quinlan/) to capture the person.');
  });

  it('names the company whose page it is, which is not a person to save', () => {
    const company = {
      kind: 'company',
      slug: 'acme',
      url: 'https://www.linkedin.com/company/acme/',
      industry: null,
      size: null,
      headquarters: null,
    } as const;
    expect(describeCaptureProblem({ ...company, name: 'Acme' })).toMatch(/^This is Acme’s company page, not a person’s profile\./);
    expect(describeCaptureProblem({ ...company, name: null })).toMatch(/^This is a company page/);
  });
});
