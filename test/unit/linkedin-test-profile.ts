/** Test helpers: a made-up member's page from a body's markup, and its extraction as a profile. */
import type { ExtractedProfile } from '../../src/core/contacts/profile.ts';
import { extractProfile } from '../../src/content/linkedin/extract-profile.ts';
import { parseDocument } from './linkedin-test-document.ts';

export const madeUpUrl = 'https://www.linkedin.com/in/made-up-member/';

export const bodyPage = (body: string, url = madeUpUrl) => parseDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

export function profileOf(body: string, url = madeUpUrl): ExtractedProfile {
  const result = extractProfile(bodyPage(body, url), url);
  if (result.kind !== 'profile') throw new Error(`expected a profile, got ${result.kind}`);
  return result;
}
