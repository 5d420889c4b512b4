import type { EraSpec } from './selector-types.ts';

/**
 * Logged-out public profile of 2016–2017 (`public_profile_v3_desktop` before `top-card-layout`):
 * `section#topcard .profile-overview-content` with `h1#name`, `p.headline.title`,
 * `dl#demographics .locality` and a `table.extra-info` of Current/Previous companies, then
 * `section#summary`, `section#experience li.position` and `section#education li.school`, each with
 * `.item-title` / `.item-subtitle` / `.date-range`. The "People also viewed" cards in `#aux` reuse
 * `.item-title` and `.headline`, so every pick is scoped to the subject's own sections.
 */
export const publicOldTopcard: EraSpec = {
  id: 'public-old-topcard',
  marker: 'section#topcard, #topcard .profile-overview-content',
  fields: {
    name: ['#topcard h1#name', '#topcard .profile-overview-content .fn'],
    headline: ['#topcard p.headline', '#topcard .profile-overview-content .title'],
    location: ['#topcard #demographics .locality', '#topcard .locality'],
    // The hCard `org` marks the first company of the "Current" row (the rows have no own class).
    currentCompany: ['#topcard .extra-info .org', '#topcard .extra-info [data-section^="currentPositions"] li:first-child a'],
    about: ['section#summary .description', '#summary .description'],
  },
  experience: {
    sections: 'section#experience',
    items: 'li.position',
    fields: {
      title: ['.item-title'],
      company: ['.item-subtitle'],
      location: ['.meta .location', '.location', '.locality'],
    },
    dates: ['.date-range', '.meta time'],
  },
  education: {
    sections: 'section#education',
    items: 'li.school',
    fields: {
      school: ['.item-title'],
      // "Degree, Field of study[, Grade]".
      degree: [{ sel: '.item-subtitle', cut: ', ' }],
      field: [{ sel: '.item-subtitle', after: ', ' }],
    },
    dates: ['.date-range'],
  },
};
