import type { CaptureOutcome } from './profile.ts';

const shortProfileUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '');

export type CaptureProblem = Exclude<CaptureOutcome, { kind: 'profile' }> | { kind: 'error'; message: string } | { kind: 'not-linkedin' };

/** The plain sentence the person reads when a page cannot be saved as a contact. */
export function describeCaptureProblem(problem: CaptureProblem): string {
  switch (problem.kind) {
    case 'authwall':
      return 'LinkedIn is showing a sign-in page; sign in and try again.';
    case 'not-found':
      return 'LinkedIn says this profile does not exist or is not available. Check the address and try again.';
    case 'unsupported':
      return 'This LinkedIn page is not a profile. Open someone’s profile (linkedin.com/in/…) to save them.';
    case 'subpage':
      return `This is only part of a profile. Open the main profile (${shortProfileUrl(problem.url)}) to capture the person.`;
    case 'company':
      return `This is ${problem.name ? `${problem.name}’s company page` : 'a company page'}, not a person’s profile. Open someone’s profile (linkedin.com/in/…) to save them.`;
    case 'stale':
      return 'LinkedIn is still showing the previous person on this page. Wait for the profile to load, then try again.';
    case 'not-linkedin':
      return 'Open a LinkedIn profile (linkedin.com/in/…) and click Confab again to save the person.';
    case 'error':
      return problem.message;
  }
}
