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
