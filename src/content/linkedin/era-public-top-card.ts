import type { EraSpec } from './selector-types.ts';

/** Logged-out public profile (`public_profile_v3_desktop`, `top-card-layout`), 2019–2026. */
export const publicTopCard: EraSpec = {
  id: 'public-top-card',
  marker: '.top-card-layout__title, section.top-card-layout',
  fields: {
    name: ['h1.top-card-layout__title', '.top-card-layout__entity-info h1'],
    headline: ['h2.top-card-layout__headline', '.top-card-layout__headline'],
    // The first line mixes the location with counts and the "Contact Info" modal: read its first text.
    location: [
      { sel: '.top-card-layout__first-subline .top-card__subline-item', first: true },
      { sel: '.top-card-layout__first-subline', first: true },
      // Some builds render the subheader (location, then "Contact Info" and counts) outside the subline.
      { sel: '.profile-info-subheader', first: true },
    ],
    currentCompany: [
      '.top-card-layout [data-section="currentPositionsDetails"] .top-card-link__description',
      '.top-card-layout [data-section="currentPositionsDetails"]',
      '.top-card-layout .top-card__right-column [data-section="currentPositions"]',
    ],
    about: ['section[data-section="summary"] .core-section-container__content', 'section.summary .core-section-container__content'],
  },
  experience: {
    sections: 'section[data-section="experience"], section.experience',
    items: '.experience__list > li, li.experience-item, li.experience-group',
    group: {
      match: '.experience-group',
      company: ['.experience-group-header__company'],
      roles: '.experience-group__positions > li',
    },
    fields: {
      title: ['.experience-item__title', '.profile-section-card__title', '.result-card__title', 'h3'],
      company: ['.experience-item__subtitle', '.profile-section-card__subtitle', '.result-card__subtitle', 'h4'],
      location: ['.experience-item__location', { sel: '.experience-item__meta-item', not: '.date-range, time' }],
    },
    dates: ['.date-range', '.experience-item__duration'],
  },
  education: {
    sections: 'section[data-section="educationsDetails"], section.education',
    items: '.education__list > li, li.education__list-item',
    fields: {
      school: ['.education__item--school-name', '.profile-section-card__title', '.result-card__title', 'h3'],
      degree: [{ sel: '.education__item--degree-info', nth: 0 }],
      field: [{ sel: '.education__item--degree-info', nth: 1 }, '.education__item--field-of-study'],
    },
    dates: ['.education__item--duration .date-range', '.date-range', '.education__item--duration'],
  },
};
