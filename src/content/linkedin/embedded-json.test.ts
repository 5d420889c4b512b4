import { describe, expect, it } from 'vitest';
import { hasEmbeddedProfile, readEmbeddedJson } from './embedded-json.ts';
import { extractProfile } from './extract-profile.ts';
import { pageKind } from './page-kind.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const url = 'https://www.linkedin.com/in/marisol-ventura-4821/';

/** A voyager block as the server writes it: JSON text in a hidden `<code>`, `&` and `<` escaped. */
const bpr = (n: number, json: unknown) =>
  `<code style="display: none" id="bpr-guid-${n}">\n  ${JSON.stringify(json).replace(/&/g, '&amp;').replace(/</g, '&lt;')}\n</code>` +
  `<code style="display: none" id="datalet-bpr-guid-${n}">{"request":"/voyager/api/x","status":200,"body":"bpr-guid-${n}"}</code>`;

/** A dust block: JSON in an HTML comment, every hyphen written \u002d so no "--" can end it. */
const dust = (id: string, content: unknown) =>
  `<code id="${id}-content" style="display:none;"><!--${JSON.stringify({ content, status: 'ok' }).replace(/-/g, '\\u002d')}--></code>`;

const MINI = 'com.linkedin.voyager.identity.shared.MiniProfile';
const me = {
  data: { plainId: 1 },
  included: [
    {
      $type: MINI,
      entityUrn: 'urn:li:fs_miniProfile:V',
      firstName: 'Tobias',
      lastName: 'Lindgren',
      occupation: 'Recruiter',
      publicIdentifier: 'tobias-lindgren-77',
    },
  ],
};
const subject = {
  included: [
    {
      $type: 'com.linkedin.voyager.dash.identity.profile.Profile',
      entityUrn: 'urn:li:fsd_profile:S',
      firstName: 'Marisol',
      lastName: 'Ventura',
      headline: 'Data engineer & sailor',
      publicIdentifier: 'marisol-ventura-4821',
      geoLocation: { '*geo': 'urn:li:fsd_geo:1' },
    },
    { $type: 'com.linkedin.voyager.dash.common.Geo', entityUrn: 'urn:li:fsd_geo:1', defaultLocalizedName: 'Porto, Portugal' },
  ],
};

/** The server's page before client rendering: title "LinkedIn", no profile markup at all. */
const shell = (blocks: string) =>
  parseDocument(`<html><head><title>LinkedIn</title></head><body><div class="application-outlet"></div>${blocks}</body></html>`, url);

describe('readEmbeddedJson', () => {
  it('reads the URL member from bpr-guid blocks, never the viewer', () => {
    const doc = shell(bpr(1, me) + bpr(2, subject));
    expect(readEmbeddedJson(doc, 'marisol-ventura-4821')?.fields).toEqual({
      name: 'Marisol Ventura',
      headline: 'Data engineer & sailor',
      location: 'Porto, Portugal',
    });
    expect(readEmbeddedJson(doc, 'someone-else')).toBeNull();
  });

  it('reads dust blocks wrapped in HTML comments, merged across blocks', () => {
    const doc = shell(
      dust('top_card', {
        TopCard: {
          fmt__full_name: 'Henrike Brandauer',
          positionsMpr: { topCurrent: [{ title: 'Projektleiterin', companyName: 'Brückenbau Nord' }] },
        },
      }) +
        dust('my_profile_post', {
          Experience: {
            positionsMpr: {
              positions: [{ positionId: 1, title: 'Projektleiterin', companyName: 'Brückenbau Nord', startDate: { year: 2013, month: 3 } }],
            },
          },
        }),
    );
    const read = readEmbeddedJson(doc, 'henrikebrandauer');
    expect(read?.fields).toEqual({ name: 'Henrike Brandauer', currentTitle: 'Projektleiterin', currentCompany: 'Brückenbau Nord' });
    expect(read?.experience).toEqual([
      { title: 'Projektleiterin', company: 'Brückenbau Nord', start: 'Mar 2013', end: 'Present', location: null },
    ]);
  });

  it('never throws on malformed or irrelevant blocks', () => {
    const doc = shell(
      '<code id="bpr-guid-1">{"data":{"$type":"com.linkedin.voyager.identity.profile.Profile",</code>' +
        '<code id="bpr-guid-2">urn:li:page:d_flagship3_profile_view_base;abc</code>' +
        '<code id="x-content"><!--{"content":{"TopCard":--></code><code></code>' +
        bpr(3, subject),
    );
    expect(readEmbeddedJson(doc, 'marisol-ventura-4821')?.fields.name).toBe('Marisol Ventura');
  });

  it('finds nothing on a page without blocks', () => {
    expect(readEmbeddedJson(shell('<p>Hello</p>'), 'marisol-ventura-4821')).toBeNull();
  });
});

describe('a page not rendered yet', () => {
  it('is a profile when its JSON holds the URL member, or a member the document claims', () => {
    const doc = shell(bpr(1, me) + bpr(2, subject));
    expect(pageKind(doc, url)).toBe('profile');
    expect(hasEmbeddedProfile(doc, ['someone-else', 'marisol-ventura-4821'])).toBe(true);
    expect(hasEmbeddedProfile(doc, ['someone-else', null, undefined])).toBe(false);
    // The viewer's MiniProfile alone does not make the feed a profile page.
    expect(pageKind(shell(bpr(1, me)), 'https://www.linkedin.com/feed/')).toBe('unsupported');
  });

  it('is extracted from its JSON alone', () => {
    expect(extractProfile(shell(bpr(1, me) + bpr(2, subject)), url)).toEqual({
      kind: 'profile',
      slug: 'marisol-ventura-4821',
      url,
      name: 'Marisol Ventura',
      headline: 'Data engineer & sailor',
      location: 'Porto, Portugal',
      currentTitle: null,
      currentCompany: null,
      about: null,
      experience: [],
      education: [],
      // The shell's JSON says how the viewer is related, but the page shows none of it yet.
      degree: null,
      invitationPending: null,
      mutualConnections: null,
      missing: ['currentTitle', 'currentCompany', 'about', 'experience', 'education'],
    });
  });
});
