import type { EraSpec } from './selector-types.ts';

/**
 * Logged-in Ember profile of 2021–2024: `h1.text-heading-xlarge`, `.pv-text-details__*` top card,
 * `pvs-list` sections anchored by `div#about` / `#experience` / `#education`. Visible text sits in
 * `span[aria-hidden=true]`, duplicated in `.visually-hidden` (which text.ts skips).
 */
export const loggedInTextDetails: EraSpec = {
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
