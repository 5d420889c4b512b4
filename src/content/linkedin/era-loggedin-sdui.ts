import type { EraSpec } from './selector-types.ts';

/**
 * Logged-in server-driven UI profile, 2026. Every class is a hashed 8-hex token and headline, company
 * and location are bare `<p>`s, so nothing here names a class. What stays stable: each card's
 * `componentkey` ("com.linkedin.sdui.profile.card.ref<profile urn><Card>"), matched on its prefix
 * and its card-name suffix, never on the urn; the name as the top card's `<h2>`; the order of the
 * lines around it; `entity-collection-item` list entries; and the shape of a date line (a year).
 */
const card = (name: string) => `[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="${name}"]`;
const top = card('Topcard');

/**
 * The block holding the name and the "· 1st" degree badges (and whatever else sits beside the name,
 * pronouns say). The headline, the company line and the location row are its later siblings.
 */
const nameBlock = `${top} div:has(h2):has(p)`;
/** On the member's own profile there is no badge: the name block holds the `<h2>` alone. */
const bareNameBlock = `${top} div:has(h2)`;

/** "· 1st", "· 2nd", "· 3rd+" in any language, and the lone "·" between location and Contact info. */
const badge = /^[·•]/;
/** A line with a year is a date line ("Nov 2024 - Present · 1 yr 4 mos", "2020 – 2024"). */
const year = /\b(19|20)\d{2}\b/;
/** Neither a date line nor a "Grade: 3.8" / "Activities and societies: …" line. */
const notDateOrLabelled = /\b(19|20)\d{2}\b|:/;
/** A description (expandable text) or a skills line (links) is not an entry's title, company or place. */
const prose = 'a, [data-testid]';
/** An entry's lines, leaving out a list directly under it (its roles, or a strip of media). */
const line = ':scope > div p, :scope > a p';

export const loggedInSdui: EraSpec = {
  id: 'loggedin-sdui',
  // Any profile card: one cheap attribute test (the marker is tried on every page).
  marker: '[componentkey^="com.linkedin.sdui.profile.card.ref"]',
  fields: {
    name: [`${top} h2`],
    headline: [
      { sel: `${nameBlock} ~ p`, skip: badge },
      { sel: `${bareNameBlock} ~ p`, skip: badge },
    ],
    // The line under the headline; a line that could be the headline (nothing above it) is not taken.
    // Then the logo button beside the name column (company before school).
    currentCompany: [
      { sel: `${nameBlock} ~ p + p`, skip: badge, cut: ' · ' },
      { sel: `${bareNameBlock} ~ p + p`, skip: badge, cut: ' · ' },
      `${top} [role="button"]:has(figure) p`,
    ],
    // First line of the row that ends in "Contact info".
    location: [
      { sel: `${nameBlock} ~ div > p:first-child`, skip: badge, not: 'a' },
      { sel: `${bareNameBlock} ~ div > p:first-child`, skip: badge, not: 'a' },
    ],
    // The About card is rendered empty when the member wrote none; other lines there ("Top skills")
    // are not the summary, so only the expandable text counts.
    about: [`${card('About')} [data-testid="expandable-text-box"]`],
  },
  experience: {
    sections: card('ExperienceTopLevelSection'),
    items: '[componentkey^="entity-collection-item"]',
    // A company header (name, total duration, place) over a list of roles.
    group: {
      match: ':has(> ul > li)',
      company: [{ sel: ':scope > div p', nth: 0 }],
      roles: ':scope > ul > li',
      datedRoles: true,
    },
    // Lines: title; "Company · Full-time" (a grouped role: "Full-time", or nothing); dates; place.
    // A grouped role's lines are read the same way, inside its <li>.
    fields: {
      title: [{ sel: line, nth: 0, not: prose }],
      company: [{ sel: line, nth: 1, not: prose, skip: year, cut: ' · ' }],
      location: [{ sel: line, nth: 2, not: prose, skip: year, cut: ' · ' }],
    },
    dates: [{ sel: line, only: year, not: prose }],
  },
  education: {
    sections: card('EducationTopLevelSection'),
    items: '[componentkey^="entity-collection-item"]',
    // Lines: school; "Degree, Field" (optional); dates; grade and activities.
    fields: {
      school: [{ sel: line, nth: 0, not: prose }],
      degree: [{ sel: line, nth: 1, not: prose, skip: notDateOrLabelled, cut: ', ' }],
      field: [{ sel: line, nth: 1, not: prose, skip: notDateOrLabelled, after: ', ' }],
    },
    dates: [{ sel: line, only: year, not: prose }],
  },
};
