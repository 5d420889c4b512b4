import { describe, expect, it } from 'vitest';
import type { ExtractedProfile } from '../../core/contacts/profile.ts';
import { extractProfile } from './extract-profile.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const url = 'https://www.linkedin.com/in/made-up-member/';

function profile(body: string): ExtractedProfile {
  const doc = parseDocument(
    `<!DOCTYPE html><html><head><meta name="pageKey" content="public_profile_v3_desktop"></head><body>${body}</body></html>`,
    url,
  );
  const result = extractProfile(doc, url);
  if (result.kind !== 'profile') throw new Error(`expected a profile, got ${result.kind}`);
  return result;
}

const contactModal = `<button>Contact Info</button><div class="contextual-sign-in-modal"><div class="modal">
  <h2>Sign in to view Rowan’s full profile</h2><span>Rowan can introduce you to 3 people at Elsewhere Co</span></div></div>
  <div class="not-first-middot"><span>2K followers</span><span>500+ connections</span></div>`;

describe('public-top-card era (logged-out top-card-layout, 2019–2026)', () => {
  it('reads the location from the subheader inside the first subline, not the counts or the modal', () => {
    const result = profile(`<section class="top-card-layout"><h1 class="top-card-layout__title">Rowan Example</h1>
      <h2 class="top-card-layout__headline">Chair, Made-up Foundation</h2>
      <h3 class="top-card-layout__first-subline"><div class="profile-info-subheader">
        <span>Tromsø, Troms, Norway</span><span class="before:middot"></span>${contactModal}</div></h3></section>`);
    expect([result.name, result.headline, result.location]).toEqual([
      'Rowan Example',
      'Chair, Made-up Foundation',
      'Tromsø, Troms, Norway',
    ]);
  });

  it('reads the location from a subheader rendered outside the first subline', () => {
    const result = profile(`<h1 class="top-card-layout__title">Rowan Example</h1>
      <div class="top-card-layout__headline">Made-up Engineer</div>
      <div class="profile-info-subheader"><span>Tromsø, Troms, Norway</span>${contactModal}</div>`);
    expect(result.location).toBe('Tromsø, Troms, Norway');
  });
});
