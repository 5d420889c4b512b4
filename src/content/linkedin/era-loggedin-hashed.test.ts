import { describe, expect, it } from 'vitest';
import type { ExtractedProfile } from '../../core/contacts/profile.ts';
import { extractProfile } from './extract-profile.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const url = 'https://www.linkedin.com/in/made-up-member/';

function profile(body: string): ExtractedProfile {
  const result = extractProfile(parseDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url), url);
  if (result.kind !== 'profile') throw new Error(`expected a profile, got ${result.kind}`);
  return result;
}

/** A line as LinkedIn shows it: the visible copy, then a screen-reader twin. */
const shown = (text: string) => `<span aria-hidden="true">${text}</span><span class="visually-hidden">${text}</span>`;
const bold = (text: string) => `<div class="Hx9 hoverable-link-text t-bold">${shown(text)}</div>`;
const normal = (text: string) => `<span class="t-14 t-normal">${shown(text)}</span>`;
const light = (text: string) => `<span class="t-14 t-normal t-black--light">${shown(text)}</span>`;

const nav = `<header id="global-nav"><button class="global-nav__me"><span class="t-12">Viewer Person</span></button></header>`;

/** The 2025 top card: hashed layout classes, utility classes kept. */
const topCard = (buttons: string, locationClass = 'text-body-small inline t-black--light break-words') => `${nav}<main class="Qz1">
  <section class="artdeco-card Kq2" data-member-id="1"><div class="ph5"><div class="mt2 relative"><div class="Rb3"><div class="Px4">
    <a href="/in/made-up-member/overlay/about-this-profile/"><h1 class="Tg5 inline t-24 v-align-middle break-words">Sky Example</h1></a>
    <span class="distance-badge t-black--light t-14 text-body-small"><span class="visually-hidden">2nd degree connection</span><span aria-hidden="true">· 2nd</span></span>
  </div><div class="text-body-medium break-words"> Kelp farmer </div></div>
  <ul class="Ds6">${buttons}</ul>
  <div class="Rb3 mt2"><span class="${locationClass}"> Oban, Scotland </span>
    <span class="Ed7 t-black--light"><a id="top-card-text-details-contact-info" href="/in/made-up-member/overlay/contact-info/">Contact info</a></span></div>
  </div></div></section>`;

const companyButton = `<li><button aria-label="Current company: Sea Farm Co. Click to skip to experience card"><span class="hoverable-link-text break-words text-body-small">${shown('Sea Farm Co')}</span></button></li>`;
const schoolButton = `<li><button aria-label="Education: Coast College. Click to skip to education card"><span class="hoverable-link-text break-words text-body-small">${shown('Coast College')}</span></button></li>`;

const card = (anchor: string, items: string) =>
  `<section class="artdeco-card pv-profile-card" data-view-name="profile-card"><div id="${anchor}" class="pv-profile-card__anchor"></div><ul class="Zz8">${items}</ul></section>`;
const entity = (lines: string, sub = '') =>
  `<div class="Mn9" data-view-name="profile-component-entity"><a>${lines}</a>${sub ? `<div class="pvs-entity__sub-components"><ul>${sub}</ul></div>` : ''}</div>`;
const entry = (lines: string, sub = '') => `<li class="artdeco-list__item Po1">${entity(lines, sub)}</li>`;

describe('loggedin-hashed era (logged-in Ember profile with hashed class names, 2025)', () => {
  it('reads the top card, not the degree badge, the viewer in the nav bar or the school button', () => {
    const result = profile(topCard(companyButton + schoolButton) + '</main>');
    expect(result).toMatchObject({
      name: 'Sky Example',
      headline: 'Kelp farmer',
      location: 'Oban, Scotland',
      currentCompany: 'Sea Farm Co',
    });
  });

  it('finds the location by its utility classes alone when its other classes change', () => {
    expect(profile(topCard(schoolButton, 'Xy0 text-body-small inline') + '</main>').location).toBe('Oban, Scotland');
  });

  it('takes company and title from the current entry when the top card shows only a school', () => {
    const result = profile(
      topCard(schoolButton) +
        card(
          'experience',
          entry(bold('Kelp Farmer') + normal('Sea Farm Co · Full-time') + light('Mar 2021 - Present · 4 yrs') + light('Oban · On-site')),
        ) +
        '</main>',
    );
    expect(result).toMatchObject({ currentCompany: 'Sea Farm Co', currentTitle: 'Kelp Farmer' });
    expect(result.experience).toEqual([
      { title: 'Kelp Farmer', company: 'Sea Farm Co', start: 'Mar 2021', end: 'Present', location: 'Oban' },
    ]);
  });

  it('reads About from the about card, not its "Top skills" entry', () => {
    const about = `<section class="artdeco-card pv-profile-card"><div id="about"></div><div class="display-flex ph5">
      <div class="Yh1 inline-show-more-text--is-collapsed"><span aria-hidden="true">Seaweed all day.</span><span class="visually-hidden">Seaweed all day.</span></div></div>
      <ul><li><div data-view-name="profile-component-entity">${bold('Top skills')}<div class="t-14 t-normal">${shown('Diving')}</div></div></li></ul></section>`;
    expect(profile(topCard(companyButton) + about + '</main>').about).toBe('Seaweed all day.');
  });

  it('counts a company whose roles are nested entities as one entry; a media item with a bold title is not a role', () => {
    const media = `<li><a><div class="Yh1 inline-show-more-text--is-collapsed t-14 t-bold">${shown('report.pdf')}</div></a></li>`;
    const roles = [
      entity(bold('Head Grower') + light('Jan 2022 - Present · 3 yrs')),
      entity(bold('Grower') + normal('Part-time') + light('2019 - 2021 · 2 yrs')),
    ]
      .map((role) => `<li>${role}</li>`)
      .join('');
    const result = profile(
      topCard(companyButton) +
        card(
          'experience',
          entry(bold('Sea Farm Co') + normal('Full-time · 6 yrs') + light('Oban'), roles) +
            entry(bold('Diver') + normal('Reef Survey · Contract') + light('2017 - 2019 · 2 yrs'), media),
        ) +
        '</main>',
    );
    expect(result.experience).toEqual([
      { title: 'Head Grower', company: 'Sea Farm Co', start: '2019', end: 'Present', location: null },
      { title: 'Diver', company: 'Reef Survey', start: '2017', end: '2019', location: null },
    ]);
    expect(result.currentTitle).toBe('Head Grower');
  });

  it('reads education: school, degree before the comma, field after it', () => {
    const result = profile(
      topCard(companyButton) +
        card('education', entry(bold('Coast College') + normal('BSc, Marine Biology') + light('2014 - 2018'))) +
        '</main>',
    );
    expect(result.education).toEqual([{ school: 'Coast College', degree: 'BSc', field: 'Marine Biology', start: '2014', end: '2018' }]);
  });

  it('groups 2021–2023 roles too, where entities were `.pvs-entity` divs', () => {
    const old = (lines: string, sub = '') =>
      `<div class="pvs-entity">${lines}${sub ? `<div class="pvs-list__outer-container"><ul>${sub}</ul></div>` : ''}</div>`;
    const roles = `<li>${old(bold('Lead') + light('2020 - Present'))}</li><li>${old(bold('Analyst') + light('2016 - 2020'))}</li>`;
    const page = `<main><section class="artdeco-card pv-top-card" data-member-id="1"><div class="pv-text-details__left-panel">
      <h1 class="text-heading-xlarge">Sky Example</h1></div></section>
      <section><div id="experience"></div><ul class="pvs-list"><li class="artdeco-list__item">${old(bold('Sea Farm Co') + normal('6 yrs'), roles)}</li></ul></section></main>`;
    expect(profile(page).experience).toEqual([{ title: 'Lead', company: 'Sea Farm Co', start: '2016', end: 'Present', location: null }]);
  });
});
