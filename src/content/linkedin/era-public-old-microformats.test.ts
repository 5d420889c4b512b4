import { describe, expect, it } from 'vitest';
import { pageKind } from './page-kind.ts';
import { bodyPage, madeUpUrl, profileOf } from '../../../test/unit/linkedin-test-profile.ts';

const url = madeUpUrl;
const page = (body: string) => bodyPage(body);
const profile = (body: string) => profileOf(body);

/** The 2013 masthead (hCard) with the visitor's sign-in form and a "viewers also viewed" card beside it. */
const masthead2013 = (headline: string) => `
  <form action="https://www.linkedin.com/uas/login-submit"><input name="session_password"></form>
  <div id="content" class="resume hresume"><div class="masthead vcard contact">
    <h1><span id="name" class="n fn"><span class="full-name">Rowan Example</span></span></h1>
    ${headline}
    <dl id="headline" class="demographic-info adr"><dd><span class="locality">Tromsø, Norway</span> (Northern Area)</dd></dl>
  </div></div>
  <div class="browsemap"><ul><li><strong><a href="/in/x">Someone Else</a></strong><span class="headline">Viewer card headline</span></li></ul></div>`;

/** A 2014–15 `#background-experience` position: h4 title and h5 company in a header (or hgroup). */
const position2015 = (wrap: string, title: string, company: string, dates: string) => `
  <div class="editable-item section-item"><div><${wrap}><h4><a>${title}</a></h4><h5><a>${company}</a></h5></${wrap}>
  <span class="experience-date-locale">${dates}</span></div></div>`;

describe('public-old-microformats era (2013–2015 logged-out profile)', () => {
  it('is a profile although the page carries a sign-in form', () => {
    expect(pageKind(page(masthead2013('')), url)).toBe('profile');
  });

  it('reads the masthead and never takes a "People also viewed" headline for the subject', () => {
    const withHeadline = profile(masthead2013('<p class="headline-title title">Harbour pilot</p>'));
    expect(withHeadline).toMatchObject({ name: 'Rowan Example', headline: 'Harbour pilot', location: 'Tromsø, Norway' });
    expect(profile(masthead2013('')).headline).toBeNull();
  });

  it('takes the first current position when the overview does not link the first current company', () => {
    const result = profile(`${masthead2013('')}
      <dl id="overview"><dd class="summary-current"><ul class="current">
        <li>Skipper <span class="at">at</span> Fjord Ferries</li>
        <li>Mentor <span class="at">at</span> <a><span class="org">Sea School</span></a></li>
      </ul></dd></dl>
      <div id="profile-experience"><div class="position experience vcard summary-current">
        <div class="postitle"><h3><span class="title">Skipper</span></h3><h4><strong><span class="org">Fjord Ferries</span></strong></h4></div>
        <p class="period"><abbr class="dtstart" title="2009-04-01">April 2009</abbr> &#8211; <abbr class="dtstamp">Present</abbr>
          <span class="duration">(4 years)</span> <span class="location">Tromsø</span></p>
      </div><div class="position experience vcard summary-current">
        <div class="postitle"><h3><span class="title">Mentor</span></h3><h4><strong><a><span class="org">Sea School</span></a></strong></h4></div>
      </div></div>`);
    expect(result).toMatchObject({ currentTitle: 'Skipper', currentCompany: 'Fjord Ferries' });
    expect(result.experience[0]).toEqual({
      title: 'Skipper',
      company: 'Fjord Ferries',
      start: 'April 2009',
      end: 'Present',
      location: 'Tromsø',
    });
  });

  it('reads 2014–15 positions in a header or hgroup, localised dates and durations included', () => {
    const result = profile(`<div id="name"><h1><span class="fn"><span class="full-name">Rowan Example</span></span></h1></div>
      <div id="background-experience"><h3>Berufserfahrung</h3>
        ${position2015('header', 'Kapitänin', 'Fähren AG', '<time>Mai 2012</time> – heute (3 Jahre 2 Monate)')}
        ${position2015('hgroup', 'Maat', 'Küstenwerft', '<time>2008</time><time> – 2012</time> (4 Jahre)')}
      </div>`);
    expect(result.experience).toEqual([
      { title: 'Kapitänin', company: 'Fähren AG', start: 'Mai 2012', end: 'heute', location: null },
      { title: 'Maat', company: 'Küstenwerft', start: '2008', end: '2012', location: null },
    ]);
    expect(result).toMatchObject({ currentTitle: 'Kapitänin', currentCompany: 'Fähren AG' });
  });

  it('reads 2014–15 education with the comma LinkedIn leaves inside the degree', () => {
    const result = profile(`<div id="name"><span class="full-name">Rowan Example</span></div>
      <div id="background-experience"></div>
      <div id="background-education"><div class="editable-item section-item"><div class="education"><header>
        <h4 class="summary fn org"><a>Nautical College</a></h4>
        <h5><span class="degree">Bachelor of Science (B.Sc.), </span><span class="major"><a>Navigation</a></span></h5>
      </header><span class="education-date"><time>2004</time><time> – 2008</time></span></div></div></div>`);
    expect(result.education).toEqual([
      { school: 'Nautical College', degree: 'Bachelor of Science (B.Sc.)', field: 'Navigation', start: '2004', end: '2008' },
    ]);
  });
});
