import { describe, expect, it } from 'vitest';
import { profileOf } from '../../../test/unit/linkedin-test-profile.ts';

/** A 2025 top card (hashed classes): the badge, then `extra` (mutuals, buttons); `aside` follows the card. */
const page = (badge: string, extra = '', aside = '') => `<header><span>Viewer Person</span></header><main>
  <section class="artdeco-card Kq2" data-member-id="1"><h1 class="Tg5 inline t-24">Sky Example</h1>${badge}
    <div class="text-body-medium">Kelp farmer</div>${extra}</section>
  <aside>${aside}</aside></main>`;

const badge = (text: string) =>
  `<span class="distance-badge"><span class="visually-hidden">degree connection</span><span class="dist-value" aria-hidden="true">${text}</span></span>`;

const mutualHref = '/search/results/people/?facetNetwork=%22F%22&amp;facetConnectionOf=%22ACoAAX%22';
const mutuals = (inner: string, href = mutualHref) =>
  `<a href="${href}"><span aria-hidden="true">${inner}</span><span class="visually-hidden">${inner}</span></a>`;

const relationship = (body: string) => {
  const { degree, invitationPending, mutualConnections } = profileOf(body);
  return { degree, invitationPending, mutualConnections };
};

describe('readRelationship', () => {
  it.each([
    ['· 1st', 1],
    ['2nd', 2],
    ['3rd+', 3],
    ['· 2.', 2], // de
    ['2e', 2], // fr, nl
    ['2º', 2], // es, pt
    ['3°', 3], // it
    ['1er', 1], // fr
  ])('reads the degree badge "%s" as %i', (text, degree) => {
    expect(relationship(page(badge(text))).degree).toBe(degree);
  });

  it('has no degree, actions or mutuals without a top card badge, whatever the rest of the page shows', () => {
    const aside = `${badge('1st')}${mutuals('<strong>Jane Roe</strong> and 3 other mutual connections')}
      <button><svg data-test-icon="clock-small"></svg>Pending</button>`;
    expect(relationship(page('', '', aside))).toEqual({ degree: null, invitationPending: null, mutualConnections: null });
  });

  it.each([
    ['<strong>Jane Roe</strong>, <strong>John Doe</strong> and 12 other mutual connections', 14, ['Jane Roe', 'John Doe']],
    ['<strong>Jane Roe</strong> is a mutual connection', 1, ['Jane Roe']],
    ['<strong>Jane Roe</strong> and <strong>John Doe</strong> are mutual connections', 2, ['Jane Roe', 'John Doe']],
    ['<strong>Jane Roe</strong>, <strong>John Doe</strong> und 1.204 weitere gemeinsame Kontakte', 1206, ['Jane Roe', 'John Doe']],
    ['<strong>Jane Roe</strong>, <strong>John Doe</strong> et 1 234 autres relations en commun', 1236, ['Jane Roe', 'John Doe']],
    ['<strong>Agent 007</strong> and 2 other mutual connections', 3, ['Agent 007']],
    ['27 mutual connections', 27, []],
  ])('reads mutual connections "%s"', (inner, count, names) => {
    expect(relationship(page(badge('2nd'), mutuals(inner))).mutualConnections).toEqual({ count, names });
  });

  it('gives no mutual connections for a number no network reaches (a misread)', () => {
    expect(relationship(page(badge('2nd'), mutuals('<strong>Jane Roe</strong> and 99999999999 other'))).mutualConnections).toBeNull();
  });

  it("never takes the member's own connections (a search over F and S) for mutual ones", () => {
    const own = mutuals('500+ connections', '/search/results/people/?connectionOf=%5B%22ACoAAX%22%5D&amp;network=%5B%22F%22%2C%22S%22%5D');
    expect(relationship(page(badge('1st'), own)).mutualConnections).toBeNull();
  });

  it.each(['Pending', 'Ausstehend', 'En attente', 'Pendiente', 'Pendente', 'In sospeso', 'In afwachting'])(
    'sees a pending invitation by the button "%s"',
    (word) => {
      expect(relationship(page(badge('2nd'), `<button type="button"><span>${word}</span></button>`)).invitationPending).toBe(true);
    },
  );

  it('sees a pending invitation by its clock icon in any language', () => {
    const button = `<button type="button"><svg id="clock-small"></svg><span>保留中</span></button>`;
    expect(relationship(page(badge('3rd+'), button)).invitationPending).toBe(true);
  });

  it('is not pending when the card offers Connect, and unknown where it shows no actions', () => {
    const connect = `<button type="button"><svg data-test-icon="connect-small"></svg><span>Connect</span></button>`;
    expect(relationship(page(badge('2nd'), connect)).invitationPending).toBe(false);
    expect(relationship(page('', connect)).invitationPending).toBe(false);
    expect(relationship(page('', '<button type="button">Open to</button>')).invitationPending).toBeNull();
  });

  it('reads nothing on a logged-out page, which has no top card of a logged-in era', () => {
    const loggedOut = `<section class="top-card-layout"><h1 class="top-card-layout__title">Sky Example</h1>${badge('2nd')}</section>`;
    expect(relationship(loggedOut)).toEqual({ degree: null, invitationPending: null, mutualConnections: null });
  });
});
