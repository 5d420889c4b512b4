import { describe, expect, it } from 'vitest';
import { loggedInSdui } from './era-loggedin-sdui.ts';
import { pageKind } from './page-kind.ts';
import { readText } from './read-picks.ts';
import { bodyPage, madeUpUrl, profileOf } from '../../../test/unit/linkedin-test-profile.ts';

const url = madeUpUrl;
const page = (body: string) => bodyPage(body);
const profile = (body: string) => profileOf(body);

/** A card, keyed the SDUI way: prefix, an invented profile urn, the card's name. */
const card = (name: string, inner: string) =>
  `<div componentkey="com.linkedin.sdui.profile.card.refACoAAMadeUp${name}"><section componentkey="com.linkedin.sdui.profile.card.refACoAAMadeUp${name}">${inner}</section></div>`;

/** The top card: the name block (h2 and what sits beside it), then `lines` (headline, company, place row), then `aside`. */
const topcard = (beside: string, lines: string, aside = '') =>
  card(
    'Topcard',
    `<div><div><div class="a1b2c3d4"><div><div><div><h2>Morgan Example</h2></div></div>${beside}</div>${lines}</div></div>${aside}</div>`,
  );

const placeRow = (place: string) => `<div><p>${place}</p><p>·</p><p><a href="#">Contact info</a></p></div>`;
/** A logo button beside the name column; its placeholder icon says company or school. */
const logoButton = (name: string, icon = 'company-accent-4') =>
  `<div><div role="button" tabindex="0"><figure aria-label=""><svg id="${icon}" aria-hidden="true"></svg></figure><div><p>${name}</p></div></div></div>`;

const experience = (items: string) =>
  card('ExperienceTopLevelSection', `<div><h2>Experience</h2></div><div data-component-type="LazyColumn">${items}</div>`);
const item = (inner: string, list = '') => `<div componentkey="entity-collection-item-0a1b2c3d">${inner}${list}</div>`;
const lines = (...texts: string[]) =>
  `<div><a href="https://www.linkedin.com/company/1/">${texts.map((text) => `<p>${text}</p>`).join('')}</a></div>`;

describe('loggedin-sdui era (2026 server-driven UI profile)', () => {
  it('is recognised by its profile cards only', () => {
    expect(pageKind(page(topcard('<p>· 2nd</p>', '<p>Headline</p>')), url)).toBe('profile');
    expect(
      pageKind(page('<div componentkey="auto-component-5f1e"><h2>Someone</h2><p>Feed post</p></div>'), 'https://www.linkedin.com/feed/'),
    ).toBe('unsupported');
  });

  it('never reads a degree badge, in any language, as the headline', () => {
    const result = profile(topcard('<p>· 3.</p><div><p>· 1.</p></div>', ''));
    expect(result).toMatchObject({ name: 'Morgan Example', headline: null, currentCompany: null, location: null });
  });

  it('reads headline, the company line before " · " and the place, with pronouns beside the name', () => {
    const body = topcard(
      '<p>They/Them</p><p>· 2nd</p>',
      `<p>Builds things</p><p>Acme Widgets · Example University</p>${placeRow('Lyon, France')}`,
    );
    expect(profile(body)).toMatchObject({ headline: 'Builds things', currentCompany: 'Acme Widgets', location: 'Lyon, France' });
  });

  it('takes the company from the logo button when there is no company line, never the headline', () => {
    const withButton = topcard('<p>· 2nd</p>', `<p>Builds things</p>${placeRow('Lyon, France')}`, logoButton('Acme Widgets'));
    expect(profile(withButton)).toMatchObject({ headline: 'Builds things', currentCompany: 'Acme Widgets' });
    const without = topcard('<p>· 2nd</p>', `<p>Builds things</p>${placeRow('Lyon, France')}`);
    expect(profile(without)).toMatchObject({ headline: 'Builds things', currentCompany: null });
  });

  it('never takes a school for the company: with no current job the line under the headline is the school', () => {
    const body = topcard(
      '<p>· 2nd</p>',
      `<p>Student</p><p>Example University</p>${placeRow('Lyon, France')}`,
      logoButton('Example University', 'school-accent-4'),
    );
    expect(profile(body)).toMatchObject({ headline: 'Student', currentCompany: null, location: 'Lyon, France' });
  });

  it('reads cards keyed by id as well as by componentkey', () => {
    const body = topcard('<p>· 2nd</p>', `<p>Builds things</p>${placeRow('Lyon, France')}`).replaceAll(
      'componentkey="com.linkedin',
      'id="com.linkedin',
    );
    expect(profile(body)).toMatchObject({ name: 'Morgan Example', headline: 'Builds things', location: 'Lyon, France' });
  });

  it('leaves the place empty when the row holds only the Contact info link', () => {
    const body = topcard('<p>· 2nd</p>', '<p>Builds things</p><div><p><a href="#">Kontaktinfo</a></p></div>');
    expect(profile(body).location).toBeNull();
  });

  it('reads a group of roles as one entry (a "Show all" item is no role) and a single entry with a media list as itself', () => {
    const group = item(
      lines('Acme Widgets', '3 yrs'),
      `<ul><li>${lines('Lead', 'Full-time', 'Mar 2023 - Present · 2 yrs', 'Remote')}</li><li>${lines('Engineer', 'Jan 2022 - Feb 2023 · 1 yr 2 mos')}</li><li>${lines('Show all 3 roles')}</li></ul>`,
    );
    const single = item(
      lines('Analyst', 'Beta Corp · Contract', 'Jan 2020 - Dec 2021 · 2 yrs'),
      `<ul><li>${lines('Slides from a talk')}</li></ul>`,
    );
    const result = profile(topcard('<p>· 2nd</p>', `<p>Builds things</p><p>Acme Widgets</p>`) + experience(group + single));
    expect(result.experience).toEqual([
      { title: 'Lead', company: 'Acme Widgets', start: 'Jan 2022', end: 'Present', location: 'Remote' },
      { title: 'Analyst', company: 'Beta Corp', start: 'Jan 2020', end: 'Dec 2021', location: null },
    ]);
    expect(result.currentTitle).toBe('Lead');
  });

  it('reads an experience list in a plain section anchored by keyed empty elements', () => {
    const anchored = `<section><h2 componentkey="ProfileNullStateCardAnchor_Experience">Experience</h2>
      <div componentkey="Profile_Top_Level_ExperienceTopLevelSectionmade-up-member"></div>${item(lines('Analyst', 'Beta Corp · Full-time', 'Jan 2020 - Present · 6 yrs'))}</section>`;
    const result = profile(`<section aria-label="Primary content">${topcard('<p>· 2nd</p>', '<p>Builds things</p>')}${anchored}</section>`);
    expect(result.experience).toEqual([{ title: 'Analyst', company: 'Beta Corp', start: 'Jan 2020', end: 'Present', location: null }]);
    expect(result).toMatchObject({ currentTitle: 'Analyst', currentCompany: 'Beta Corp' });
  });

  it('tells a date line from a title with a year in it, in any language', () => {
    const internship = item(
      lines('Summer 2019 Intern', 'Acme Widgets · Estágio', 'jun. de 2019 - ago. de 2019 · 3 meses', 'Porto, Portugal'),
    );
    const result = profile(topcard('<p>· 2º</p>', '<p>Builds things</p>') + experience(internship));
    expect(result.experience).toEqual([
      { title: 'Summer 2019 Intern', company: 'Acme Widgets', start: 'jun. de 2019', end: 'ago. de 2019', location: 'Porto, Portugal' },
    ]);
  });

  it('never keys on the profile urn: any urn in the card key works', () => {
    const doc = page(topcard('', '<p>Headline</p>').replaceAll('ACoAAMadeUp', 'ACoAAOtherUrn-x_9'));
    expect(readText(doc, loggedInSdui.fields.name)).toBe('Morgan Example');
  });
});
