import { describe, expect, it } from 'vitest';
import { activeEras, pageKind } from './page-kind.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const profileUrl = 'https://www.linkedin.com/in/avery-quinlan/';
const signIn = '<form action="/uas/login-submit"><input name="session_key"><input name="session_password" type="password"></form>';
const page = (head: string, body = '') => parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe('pageKind', () => {
  it('recognises a logged-out profile despite its sign-in modals and forms', () => {
    const doc = page(
      '<title>Sign Up | LinkedIn</title>',
      `<section class="top-card-layout"><h1 class="top-card-layout__title">Avery</h1>
       <div class="modal"><form class="join-form"><input type="password"></form></div></section>`,
    );
    expect(pageKind(doc, profileUrl)).toBe('profile');
  });

  it('recognises a profile by its JSON-LD Person alone', () => {
    expect(pageKind(page('<script type="application/ld+json">{"@type":"Person","name":"A"}</script>'), profileUrl)).toBe('profile');
  });

  it.each([
    ['canonical /authwall', page('<link rel="canonical" href="/authwall">'), profileUrl],
    ['the authwall URL', page(''), 'https://www.linkedin.com/authwall?sessionRedirect=x'],
    ['the pageKey', page('<meta name="pageKey" content="auth_wall_desktop_profile">'), profileUrl],
    ['the title', page('<title>Sign Up | LinkedIn</title>'), profileUrl],
    ['the guest home', page('<meta name="pageKey" content="d_homepage-guest-home"><title>LinkedIn: Log In or Sign Up</title>'), profileUrl],
    ['a join form', page('<title>LinkedIn</title>', '<div class="authwall-join-form"><h1>Join LinkedIn</h1></div>'), profileUrl],
  ])('sees an auth wall by %s', (_, doc, url) => expect(pageKind(doc, url)).toBe('authwall'));

  it.each([
    ['the title', page('<title>Page Not Found | LinkedIn</title>'), profileUrl],
    ['the unavailable-profile URL', page('<title>LinkedIn</title>'), 'https://www.linkedin.com/in/unavailable/'],
    ['the markup', page('', '<main class="not-found"><h1>This page doesn’t exist</h1></main>'), profileUrl],
    ['its title beside a sign-in form', page('<title>Profile Not Found | LinkedIn</title>', signIn), profileUrl],
    ['its heading beside a sign-in form', page('<title>LinkedIn</title>', `<h1>This profile doesn’t exist</h1>${signIn}`), profileUrl],
    ['its og:title beside a sign-in form', page('<meta property="og:title" content="Profile Not Found">', signIn), profileUrl],
    ['a French title', page('<title>Profil introuvable | LinkedIn</title>', signIn), profileUrl],
    ['a German title', page('<title>Profil nicht gefunden | LinkedIn</title>', signIn), profileUrl],
    ['a Spanish title', page('<title>Perfil no encontrado | LinkedIn</title>', signIn), profileUrl],
  ])('sees a missing profile by %s', (_, doc, url) => expect(pageKind(doc, url)).toBe('not-found'));

  it.each([
    ['a German title', '<title>Seite nicht verfügbar | LinkedIn</title>'],
    ['an Italian heading', '<title>LinkedIn</title>', '<h1>Questa pagina non esiste</h1>'],
    ['a Dutch heading', '<title>LinkedIn</title>', '<h1>Deze pagina is niet beschikbaar</h1>'],
    ['a Portuguese heading', '<title>LinkedIn</title>', '<h1>Esta página não está disponível</h1>'],
    ['a Polish heading', '<title>LinkedIn</title>', '<h1>Ta strona jest niedostępna</h1>'],
    [
      'the unavailable-company address, whatever the words',
      '<link rel="canonical" href="https://www.linkedin.com/company/unavailable/">',
      '<h1>このページは存在しません</h1>',
    ],
  ])('sees a missing page by %s, beside a sign-in form', (_, head, body = '') => {
    expect(pageKind(page(head, body + signIn), profileUrl)).toBe('not-found');
    expect(pageKind(page(head, body + signIn), 'https://www.linkedin.com/company/no-such-company/')).toBe('not-found');
  });

  it.each([
    'https://www.linkedin.com/in/avery-quinlan/details/experience/',
    'https://www.linkedin.com/in/avery-quinlan/recent-activity/all/',
    'https://www.linkedin.com/in/avery-quinlan/overlay/contact-info/',
    'https://de.linkedin.com/in/avery-quinlan/detail/skills/',
    'https://www.linkedin.com/mwlite/in/avery-quinlan/details/education/',
  ])('calls %s part of a profile, though it shows the profile header', (url) => {
    const header = '<section class="artdeco-card" data-member-id="1"><h1 class="t-24">Avery</h1></section>';
    expect(pageKind(page('', header), url)).toBe('subpage');
  });

  it('recognises a company page by its address, though logged out it shares the profile top card', () => {
    const topCard = '<section class="top-card-layout"><h1 class="top-card-layout__title">Acme</h1></section>';
    expect(pageKind(page('<title>Acme | LinkedIn</title>', topCard + signIn), 'https://www.linkedin.com/company/acme/')).toBe('company');
    expect(pageKind(page('', topCard), 'https://www.linkedin.com/company/acme/about/')).toBe('company');
    expect(pageKind(page('<link rel="canonical" href="https://www.linkedin.com/company/acme/">', topCard), 'file:///saved.html')).toBe(
      'company',
    );
  });

  it('calls anything else unsupported', () => {
    expect(
      pageKind(
        page('<title>(3) Feed | LinkedIn</title>', '<main><a href="/in/someone/">Someone</a></main>'),
        'https://www.linkedin.com/feed/',
      ),
    ).toBe('unsupported');
    expect(pageKind(page(''), profileUrl)).toBe('unsupported');
  });
});

describe('activeEras', () => {
  it('lists the eras whose markup is present', () => {
    expect(activeEras(page('', '<h1 class="top-card-layout__title">A</h1>')).map((era) => era.id)).toEqual(['public-top-card']);
    expect(activeEras(page('', '<h1 class="text-heading-xlarge">A</h1>')).map((era) => era.id)).toEqual(['loggedin-text-details']);
    expect(activeEras(page(''))).toEqual([]);
  });
});
