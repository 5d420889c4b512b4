import type { EraSpec } from './selector-types.ts';

/**
 * Logged-in Ember profile of 2018–2020, before `h1.text-heading-xlarge`. Three top cards shipped:
 * `.pv-top-card-section__*` (early 2018, current company as `__company`), the same with a v2
 * right-hand column (`.pv-top-card-v2-section__company-name`, mid 2018–2019), then `.pv-top-card`
 * with `ul.pv-top-card--list` (name, then location in the bullet list) and an About card
 * (`.pv-about-section`) in 2019–2020. Experience and education kept the `pv-entity__*` markup
 * throughout; every label ("Company Name", "Dates Employed") is a `.visually-hidden` span, which
 * text.ts skips. The top card shows the current company, not the current title: the extractor takes
 * the title from the experience entry at that company.
 */
export const loggedInPvTopCard: EraSpec = {
  id: 'loggedin-pv-top-card',
  // Every card of these years is a `.pv-profile-section` (top card, experience, education, about);
  // the class is gone from 2021. One class, because each marker is a whole-page scan on every capture.
  marker: '.pv-profile-section',
  topCard: ['.pv-top-card-section', 'section.pv-top-card', '.pv-top-card-v3'],
  fields: {
    name: [
      'h1.pv-top-card-section__name',
      '.pv-top-card-section__name',
      // 2019–2020: the name is the first item of the first top-card list (the degree badge follows).
      '.pv-top-card--list > li.t-24',
      '.pv-top-card-v3--list > li.t-24',
      { sel: '.flex-1.mr5 > ul.pv-top-card--list > li', nth: 0 },
    ],
    headline: [
      'h2.pv-top-card-section__headline',
      '.pv-top-card-section__headline',
      '.pv-top-card .flex-1.mr5 > h2',
      '.pv-top-card h2.t-18',
      '.pv-top-card-v3 h2.t-18',
    ],
    // The 2019–2020 bullet list is "location · N connections": its first item's own text.
    location: [
      '.pv-top-card-section__location',
      { sel: '.pv-top-card--list-bullet > li', first: true },
      { sel: '.pv-top-card-v3--list-bullet > li', first: true },
    ],
    currentCompany: [
      '.pv-top-card-v2-section__company-name',
      '.pv-top-card-section__company',
      '[data-control-name="position_see_more"] span',
      '[data-control-name="position_see_more"]',
    ],
    about: ['.pv-top-card-section__summary-text', '.pv-about-section .pv-about__summary-text', '.pv-about__summary-text'],
  },
  experience: {
    sections: '#experience-section, section.experience-section',
    // The entity is a <div> inside a sortable <li> (own profile), an <li>, or a <section> (2020).
    items: '.pv-position-entity',
    group: {
      match: '.pv-position-entity:has(.pv-entity__position-group)',
      company: ['.pv-entity__company-summary-info h3', '.pv-entity__company-details h3'],
      roles: '.pv-entity__position-group-role-item, .pv-entity__position-group-role-item-fading-timeline',
    },
    fields: {
      title: ['.pv-entity__summary-info h3', '.pv-entity__summary-info-v2 h3', 'h3'],
      // 2019+: "Company<span class="pv-entity__secondary-title separator">Full-time</span>".
      company: [{ sel: '.pv-entity__secondary-title:not(.separator)', first: true }],
      location: ['.pv-entity__location'],
    },
    dates: ['.pv-entity__date-range'],
  },
  education: {
    sections: '#education-section, section.education-section',
    items: '.pv-education-entity',
    fields: {
      school: ['.pv-entity__school-name', 'h3'],
      // Several degrees or fields are one `.pv-entity__comma-item` each, joined by CSS commas.
      degree: ['.pv-entity__degree-name .pv-entity__comma-item', '.pv-entity__degree-name'],
      field: ['.pv-entity__fos .pv-entity__comma-item', '.pv-entity__fos'],
    },
    dates: ['.pv-entity__dates'],
  },
};
