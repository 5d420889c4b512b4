import type { EraSpec } from './selector-types.ts';

/** Visible text of an entry line: LinkedIn repeats it in a `.visually-hidden` twin, which text.ts skips. */
const shown = 'span[aria-hidden="true"]';
const boldLine = [`.t-bold ${shown}`, '.t-bold'];
const normalLine = `span.t-14.t-normal:not(.t-black--light) > ${shown}`;
const lightLine = `span.t-14.t-normal.t-black--light > ${shown}`;

/**
 * Several roles at one company: each role is a whole entity nested in the company's entity
 * (`.pvs-entity` in 2021–2023, `[data-view-name="profile-component-entity"]` once layout classes
 * were hashed). A single role's sub-components (description, skills, media) are never entities.
 */
const nestedEntity = '.pvs-entity .pvs-entity, [data-view-name="profile-component-entity"] [data-view-name="profile-component-entity"]';

/**
 * The experience card of the logged-in `pvs-list` profile, 2021 on: anchored by `div#experience`,
 * one `li.artdeco-list__item` per entry (the list's own classes got hashed in 2025), lines told apart
 * by utility classes: bold title, "Company · Full-time", then light "dates · duration" and
 * "location · On-site".
 */
export const pvsExperience: NonNullable<EraSpec['experience']> = {
  sections: 'section:has(> #experience)',
  items: 'li.artdeco-list__item',
  // Every entry is tried as a group (`:has()` with combinators is unreliable outside browsers);
  // only one whose nested entities show dates is one.
  group: { match: 'li', company: boldLine, roles: nestedEntity, datedRoles: true },
  fields: {
    title: boldLine,
    company: [{ sel: normalLine, cut: ' · ' }],
    location: [{ sel: lightLine, nth: 1, cut: ' · ' }],
  },
  dates: [{ sel: lightLine, nth: 0 }],
};

/** The education card: school in bold, "Degree, Field", then the light dates line. */
export const pvsEducation: NonNullable<EraSpec['education']> = {
  sections: 'section:has(> #education)',
  items: 'li.artdeco-list__item',
  fields: {
    school: boldLine,
    degree: [{ sel: normalLine, cut: ', ' }],
    field: [{ sel: normalLine, after: ', ' }],
  },
  dates: [{ sel: lightLine, nth: 0 }],
};

/**
 * Logged-in Ember profile of 2021–2024: `h1.text-heading-xlarge`, `.pv-text-details__*` top card,
 * `pvs-list` sections anchored by `div#about` / `#experience` / `#education`. Visible text sits in
 * `span[aria-hidden=true]`, duplicated in `.visually-hidden` (which text.ts skips).
 */
export const loggedInTextDetails: EraSpec = {
  id: 'loggedin-text-details',
  marker: '.pv-text-details__left-panel, h1.text-heading-xlarge',
  topCard: ['section.pv-top-card', 'section[data-member-id]'],
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
  experience: pvsExperience,
  education: pvsEducation,
};
