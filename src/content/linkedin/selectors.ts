/**
 * Where each profile field lives in LinkedIn's markup, as data. Every page era LinkedIn has shipped
 * is one `Era` entry: a marker that says the era's markup is present, then per field an ordered
 * list of picks, best first. The extractor tries JSON-LD before any of these (see json-ld.ts), then
 * the picks of every era whose marker matches, in the order of `eras`. Supporting a new era means
 * adding an entry here (and a fixture), not changing the extractor.
 */
import type { EraSpec, FieldChecks } from './selector-types.ts';

export type { EraSpec, ListSpec, Pick, Picks } from './selector-types.ts';

/** Logged-out public profile (`public_profile_v3_desktop`, `top-card-layout`), 2019–2026. */
const publicTopCard: EraSpec = {
  id: 'public-top-card',
  marker: '.top-card-layout__title, section.top-card-layout',
  fields: {
    name: ['h1.top-card-layout__title', '.top-card-layout__entity-info h1'],
    headline: ['h2.top-card-layout__headline', '.top-card-layout__headline'],
    // The first line mixes the location with counts and the "Contact Info" modal: read its first text.
    location: [
      { sel: '.top-card-layout__first-subline .top-card__subline-item', first: true },
      { sel: '.top-card-layout__first-subline', first: true },
    ],
    currentCompany: [
      '.top-card-layout [data-section="currentPositionsDetails"] .top-card-link__description',
      '.top-card-layout [data-section="currentPositionsDetails"]',
      '.top-card-layout .top-card__right-column [data-section="currentPositions"]',
    ],
    about: [
      'section[data-section="summary"] .core-section-container__content',
      'section.summary .core-section-container__content',
    ],
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

/**
 * Logged-in Ember profile of 2021–2024: `h1.text-heading-xlarge`, `.pv-text-details__*` top card,
 * `pvs-list` sections anchored by `div#about` / `#experience` / `#education`. Visible text sits in
 * `span[aria-hidden=true]`, duplicated in `.visually-hidden` (which text.ts skips).
 */
const loggedInTextDetails: EraSpec = {
  id: 'loggedin-text-details',
  marker: '.pv-text-details__left-panel, h1.text-heading-xlarge',
  fields: {
    name: ['.pv-text-details__left-panel h1', 'h1.text-heading-xlarge'],
    headline: ['.pv-text-details__left-panel .text-body-medium'],
    location: ['.pv-text-details__left-panel span.text-body-small.inline.break-words'],
    currentCompany: [
      '.pv-text-details__right-panel a[href*="experience"] .inline-show-more-text',
      '.pv-text-details__right-panel a[href*="experience"]',
    ],
    about: ['section:has(> #about) .inline-show-more-text', 'section:has(> #about) .pv-shared-text-with-see-more'],
  },
  experience: {
    sections: 'section:has(> #experience)',
    items: '.pvs-list > li.artdeco-list__item',
    fields: {
      title: ['.t-bold span[aria-hidden="true"]', '.t-bold'],
      company: [{ sel: 'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]', cut: ' · ' }],
      location: [{ sel: 'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]', nth: 1 }],
    },
    dates: [{ sel: 'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]', nth: 0 }],
  },
  education: {
    sections: 'section:has(> #education)',
    items: '.pvs-list > li.artdeco-list__item',
    fields: {
      school: ['.t-bold span[aria-hidden="true"]', '.t-bold'],
      degree: [{ sel: 'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]', cut: ', ' }],
      field: [{ sel: 'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]', after: ', ' }],
    },
    dates: [{ sel: 'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]', nth: 0 }],
  },
};

/** Best first. */
export const eras: readonly EraSpec[] = [publicTopCard, loggedInTextDetails];

/** Values a field's picks must not return (a follower count is not a location). */
export const fieldChecks: FieldChecks = {
  location: /^[+\d]|\b(followers|connections)\b/i,
};
