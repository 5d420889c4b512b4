import { describe, expect, it } from 'vitest';
import { pageKind } from './page-kind.ts';
import { bodyPage, madeUpUrl, profileOf } from '../../../test/unit/linkedin-test-profile.ts';

const url = madeUpUrl;
const page = (body: string) => bodyPage(body);
const profile = (body: string) => profileOf(body);

const loginForm = `<form class="login-form" action="https://www.linkedin.com/uas/login-submit">
  <input name="session_key"><input type="password" name="session_password"></form>`;

/** The 2016 top card; `extra` goes inside its overview (the Current/Previous table). */
const topcard = (headline: string, extra = '') => `${loginForm}
  <section id="topcard" class="profile-section"><div class="profile-card vcard"><div class="profile-overview-content">
    <h1 id="name" class="fn">Morgan Example</h1>${headline}
    <dl id="demographics"><dd class="descriptor adr"><span class="locality">Galway, Ireland</span></dd></dl>${extra}
  </div></div></section>`;

/** "People also viewed" in the aside reuses `.item-title`, `.headline` and `.location`. */
const alsoViewed = `<div id="aux"><div class="browse-map"><ul><li class="profile-card"><div class="info">
  <h4 class="item-title"><a>Someone Else</a></h4><p class="headline">Viewer card headline</p><p class="location">Elsewhere</p>
</div></li></ul></div></div>`;

const position = (title: string, company: string, dates: string) => `<li class="position"><header>
  <h4 class="item-title"><a>${title}</a></h4><h5 class="item-subtitle">${company}</h5></header>
  <div class="meta"><span class="date-range">${dates}</span></div></li>`;

describe('public-old-topcard era (2016–2017 logged-out profile)', () => {
  it('is a profile although the header carries a sign-in form', () => {
    expect(pageKind(page(topcard('')), url)).toBe('profile');
  });

  it('reads the top card and nothing from "People also viewed"', () => {
    const full = profile(topcard('<p class="headline title">Ferry engineer</p>') + alsoViewed);
    expect(full).toMatchObject({ name: 'Morgan Example', headline: 'Ferry engineer', location: 'Galway, Ireland' });
    const bare = profile(topcard('') + alsoViewed);
    expect(bare).toMatchObject({ headline: null, currentTitle: null, currentCompany: null, experience: [] });
  });

  it('takes the first of several current positions, dropping the duration after "Present"', () => {
    const result = profile(`${topcard('')}<section id="experience"><ul class="positions">
      ${position('Chief Engineer', '<a>Atlantic Ferries</a>', '<time>June 2013</time> – Present (2 years 7 months)')}
      ${position('Board Member', 'Harbour Trust', '<time>2011</time> – Present (5 years)')}
      ${position('Engineer', 'Dock Works', '<time>May 2005</time> – <time>May 2013</time> (8 years 1 month)')}
    </ul></section>`);
    expect(result).toMatchObject({ currentTitle: 'Chief Engineer', currentCompany: 'Atlantic Ferries' });
    expect(result.experience.map(({ start, end }) => [start, end])).toEqual([
      ['June 2013', 'Present'],
      ['2011', 'Present'],
      ['May 2005', 'May 2013'],
    ]);
  });

  it('takes the current company from the top card where its hCard org marks one', () => {
    const extra = `<table class="extra-info"><tr><th>Current</th><td><ol>
      <li><span class="org"><a>Harbour Trust</a></span>, </li><li><span><a>Atlantic Ferries</a></span></li></ol></td></tr></table>`;
    const result = profile(`${topcard('', extra)}<section id="experience"><ul class="positions">
      ${position('Chief Engineer', 'Atlantic Ferries', '<time>2013</time> – Present')}
      ${position('Board Member', 'Harbour Trust', '<time>2011</time> – Present')}
    </ul></section>`);
    expect(result).toMatchObject({ currentCompany: 'Harbour Trust', currentTitle: 'Board Member' });
  });

  it('splits the school subtitle into degree and field', () => {
    const result = profile(`${topcard('')}<section id="education"><ul class="schools">
      <li class="school"><header><h4 class="item-title"><a>Marine Institute</a></h4>
        <h5 class="item-subtitle"><span>Bachelor of Engineering (BEng), Marine Engineering</span></h5></header>
        <div class="meta"><span class="date-range"><time>2001</time> – <time>2005</time></span></div></li>
      <li class="school"><header><h4 class="item-title">Galway Technical School</h4></header></li>
    </ul></section>`);
    expect(result.education).toEqual([
      { school: 'Marine Institute', degree: 'Bachelor of Engineering (BEng)', field: 'Marine Engineering', start: '2001', end: '2005' },
      { school: 'Galway Technical School', degree: null, field: null, start: null, end: null },
    ]);
  });
});
