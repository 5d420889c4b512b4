import { describe, expect, it } from 'vitest';
import { pageKind } from './page-kind.ts';
import { bodyPage, madeUpUrl, profileOf } from '../../../test/unit/linkedin-test-profile.ts';

const url = madeUpUrl;
const page = (body: string) => bodyPage(body);
const profile = (body: string) => profileOf(body);

const hidden = (label: string) => `<span class="visually-hidden">${label}</span>`;

/** One role as the 2018–2020 experience section shows it; `company` is the secondary-title markup. */
const position = (title: string, company: string, dates: string, location = '') => `
  <li class="pv-profile-section__card-item-v2 pv-profile-section pv-position-entity"><a href="/company/1/">
    <div class="pv-entity__summary-info"><h3 class="t-16 t-black t-bold">${title}</h3>
      <h4 class="t-16 t-black t-normal">${hidden('Company Name')}${company}</h4>
      <h4 class="pv-entity__date-range">${hidden('Dates Employed')}<span>${dates}</span></h4>
      ${location ? `<h4 class="pv-entity__location">${hidden('Location')}<span>${location}</span></h4>` : ''}
    </div></a></li>`;

const experience = (items: string) =>
  `<section id="experience-section" class="pv-profile-section experience-section"><h2>Experience</h2><ul>${items}</ul></section>`;

/** Early 2018: the top card names the current company, not the current title. */
const topCard2018 = `<section class="pv-profile-section pv-top-card-section">
  <h1 class="pv-top-card-section__name Sans-26px-black-85%">Rowan Example</h1>
  <h2 class="pv-top-card-section__headline">Ferry pilot and part-time tutor</h2>
  <h3 class="pv-top-card-section__company">Harbour Ferries</h3>
  <h3 class="pv-top-card-section__location">Cork, Ireland</h3>
  <p class="pv-top-card-section__summary-text">I steer boats.</p></section>`;

describe('loggedin-pv-top-card era (logged-in Ember profile, 2018–2020)', () => {
  it('is a profile page', () => {
    expect(pageKind(page(topCard2018), url)).toBe('profile');
  });

  it('takes the current title from the entry at the top card company, not the first current entry', () => {
    const result = profile(
      topCard2018 +
        experience(
          position('Tutor', '<span class="pv-entity__secondary-title">Night School</span>', 'Jan 2017 – Present') +
            position('Pilot', '<span class="pv-entity__secondary-title">Harbour Ferries</span>', 'May 2015 – Present', 'Cork'),
        ),
    );
    expect(result).toMatchObject({
      name: 'Rowan Example',
      headline: 'Ferry pilot and part-time tutor',
      location: 'Cork, Ireland',
      currentCompany: 'Harbour Ferries',
      currentTitle: 'Pilot',
      about: 'I steer boats.',
    });
    expect(result.experience[1]).toEqual({
      title: 'Pilot',
      company: 'Harbour Ferries',
      start: 'May 2015',
      end: 'Present',
      location: 'Cork',
    });
  });

  it('reads the 2019–2020 list top card: name before the degree badge, location before the connection count', () => {
    const result = profile(`<section class="pv-top-card artdeco-card"><div class="flex-1 mr5">
        <ul class="pv-top-card--list inline-flex"><li class="inline t-24 t-black t-normal break-words">Rowan Example</li>
          <li class="pv-top-card__distance-badge"><span class="dist-value">2nd</span></li></ul>
        <h2 class="mt1 t-18 t-black t-normal break-words">Ferry pilot</h2>
        <ul class="pv-top-card--list pv-top-card--list-bullet mt1"><li class="t-16 t-black t-normal inline-block">Cork, Ireland</li>
          <li class="inline-block"><span>500+ connections</span></li></ul></div>
        <ul class="pv-top-card--experience-list"><li><a data-control-name="position_see_more" href="#experience-section"><span>Harbour Ferries</span></a></li>
          <li><a data-control-name="education_see_more" href="#education-section"><span>Sea School</span></a></li></ul></section>
      <section class="pv-profile-section pv-about-section"><p class="pv-about__summary-text">I steer boats.</p></section>`);
    expect(result).toMatchObject({
      name: 'Rowan Example',
      headline: 'Ferry pilot',
      location: 'Cork, Ireland',
      currentCompany: 'Harbour Ferries',
      about: 'I steer boats.',
    });
  });

  it('keeps the company and drops the employment type after it (2019+)', () => {
    const company =
      '<p class="pv-entity__secondary-title">Harbour Ferries <span class="pv-entity__secondary-title separator">Full-time</span></p>';
    expect(profile(topCard2018 + experience(position('Pilot', company, 'May 2015 – Present'))).experience[0]?.company).toBe(
      'Harbour Ferries',
    );
  });

  it('counts a company with several roles as one entry', () => {
    const role = (title: string, dates: string) => `<li class="pv-entity__position-group-role-item"><div class="pv-entity__summary-info-v2">
      <h3>${hidden('Title')}<span>${title}</span></h3><h4 class="pv-entity__date-range">${hidden('Dates Employed')}<span>${dates}</span></h4></div></li>`;
    const group = `<li class="pv-profile-section pv-position-entity"><div class="pv-entity__company-summary-info">
      <h3>${hidden('Company Name')}<span>Harbour Ferries</span></h3></div>
      <ul class="pv-entity__position-group">${role('Chief Pilot', 'Jan 2018 – Present')}${role('Pilot', 'May 2015 – Dec 2017')}</ul></li>`;
    const result = profile(
      topCard2018 + experience(group + position('Deckhand', '<span class="pv-entity__secondary-title">Tug Co</span>', '2013 – 2015')),
    );
    expect(result.experience).toEqual([
      { title: 'Chief Pilot', company: 'Harbour Ferries', start: 'May 2015', end: 'Present', location: null },
      { title: 'Deckhand', company: 'Tug Co', start: '2013', end: '2015', location: null },
    ]);
    expect(result.currentTitle).toBe('Chief Pilot');
  });

  it('reads education: school, first degree and field, <time> dates', () => {
    const result = profile(`${topCard2018}<section id="education-section" class="pv-profile-section education-section"><ul>
      <li class="pv-education-entity"><h3 class="pv-entity__school-name">Sea School</h3>
        <p class="pv-entity__degree-name">${hidden('Degree Name')}<span class="pv-entity__comma-item">BSc</span></p>
        <p class="pv-entity__fos">${hidden('Field Of Study')}<span class="pv-entity__comma-item">Navigation</span></p>
        <p class="pv-entity__dates">${hidden('Dates attended')}<span><time>2010</time> – <time>2014</time></span></p></li></ul></section>`);
    expect(result.education).toEqual([{ school: 'Sea School', degree: 'BSc', field: 'Navigation', start: '2010', end: '2014' }]);
  });
});
