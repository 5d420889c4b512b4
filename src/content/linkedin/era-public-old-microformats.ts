import type { EraSpec } from './selector-types.ts';

/**
 * Logged-out public profile of 2013–2015, marked up with hCard/hResume microformats: the 2013 page
 * (`nprofile-public-success`: `.hresume`, `#profile-experience div.position.experience`,
 * `#profile-education`) and the 2014–15 one (`nprofile_v2_public_fs`: `#top-card`, `#background-*`
 * sections of `.section-item`s). Both keep the name in `#name .full-name` and the place in `.locality`.
 * A bare `.headline` or `.title` is avoided: "People also viewed" cards and positions use those too.
 */
export const publicOldMicroformats: EraSpec = {
  id: 'public-old-microformats',
  marker: '#name .full-name, .hresume, #profile-experience .position, #background-experience',
  fields: {
    name: ['#name .full-name', '.masthead #name.fn', '.profile-card .fn'],
    headline: ['#headline p.title', '.masthead p.headline-title', '.masthead .headline-title'],
    location: ['#location .locality', '#demographics .locality', '.masthead .demographic-info .locality', '.masthead .locality'],
    // The overview's "Current" line: only when its first entry links the company (an unlinked first
    // entry would let a later one stand in); otherwise the first current position supplies it.
    currentCompany: ['#overview-summary-current li:first-child > a', '#overview .summary-current li:first-child .org'],
    about: ['#summary-item-view .description', '#background-summary .description', '#profile-summary .description'],
  },
  experience: {
    sections: '#background-experience, #profile-experience',
    items: '.section-item, .position.experience',
    fields: {
      // 2013: `h3 .title` over `h4 .org`; 2014–15: `header` (or `hgroup`) of h4 title, h5 company.
      title: ['.postitle .title', 'header > h4', 'hgroup > h4', 'h3 .title', 'h3'],
      company: ['.postitle .org', 'header > h4 + h5', 'hgroup > h4 + h5', '.org', '.postitle h4'],
      location: ['.period .location', '.experience-date-locale .locality', '.locality', '.location'],
    },
    dates: ['.experience-date-locale', '.period', '.date-range'],
  },
  education: {
    sections: '#background-education, #profile-education',
    items: '.section-item, .position.education, .education',
    fields: {
      school: ['.fn.org', 'header > h4', 'hgroup > h4', 'h3', 'h4'],
      degree: [{ sel: '.degree', trimEnd: ',' }],
      field: [{ sel: '.major', trimEnd: ',' }],
    },
    dates: ['.education-date', '.period', '.date-range'],
  },
};
