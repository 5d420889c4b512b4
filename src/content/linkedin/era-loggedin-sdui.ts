import type { EraSpec } from './selector-types.ts';

/**
 * Logged-in server-driven UI profile, 2026. Every class is a hashed 8-hex token and headline, company
 * and location are bare `<p>`s, so nothing here names a class. What stays stable: each card's key
 * ("com.linkedin.sdui.profile.card.ref<profile urn><Card>", in `componentkey`, or in `id` in some
 * builds), matched on its prefix and its card-name suffix, never on the urn; the name as the top
 * card's `<h2>`; the order of the lines around it; design-system icon ids (`company-accent-4`);
 * `entity-collection-item` list entries; and the shape of a date line.
 */
const cardKeys = ['componentkey', 'id'];

/** `inner` within the profile card `name`; `self` narrows the card itself. */
function inCard(name: string, inner = '', self = ''): string {
  return cardKeys.map((key) => `[${key}^="com.linkedin.sdui.profile.card.ref"][${key}$="${name}"]${self} ${inner}`.trim()).join(', ');
}

/**
 * The block holding the name and the "· 1st" degree badges (and whatever else sits beside the name,
 * pronouns say): the headline, the company line and the location row are its later siblings. On the
 * member's own profile there is no badge and the bare name block is used.
 */
const nameBlock = 'div:has(h2):has(p)';
const bareNameBlock = 'div:has(h2)';

/** "· 1st", "· 2nd", "· 3rd+" in any language, and the lone "·" between location and Contact info. */
const badge = /^[·•]/;
/**
 * A date line: a year early on ("Nov 2024", "jan. de 2020", "2020年1月"), then a range or a duration
 * ("Nov 2024 - Present · 1 yr 4 mos", "2020 – 2024") or nothing much ("2024"). "Summer 2019 Intern" is not one.
 */
const dateLine = /^\D{0,15}(19|20)\d{2}(\D{0,3}$|.*[-–—·])/;
/** "Grade: 3.8", "Activities and societies: …", "Skills: …": labelled lines, never a company, place or degree. */
const dateOrLabelled = new RegExp(`${dateLine.source}|:`);
/** A description (expandable text) or a skills line (links) is not an entry's title, company or place. */
const prose = 'a, [data-testid]';
/** An entry's lines, leaving out a list directly under it (its roles, or a strip of media). */
const line = ':scope > div p, :scope > a p';

/** Builds where the card is a plain section anchored by an empty keyed element. */
const anchoredSection = (name: string) =>
  `section:not(:has(section)):has([componentkey^="Profile_Top_Level_${name}TopLevelSection"], h2[componentkey="ProfileNullStateCardAnchor_${name}"])`;

export const loggedInSdui: EraSpec = {
  id: 'loggedin-sdui',
  // Any profile card: one cheap attribute test (the marker is tried on every page).
  marker: cardKeys.map((key) => `[${key}^="com.linkedin.sdui.profile.card.ref"]`).join(', '),
  topCard: cardKeys.map((key) => `[${key}^="com.linkedin.sdui.profile.card.ref"][${key}$="Topcard"]`),
  fields: {
    name: [inCard('Topcard', 'h2')],
    headline: [
      { sel: inCard('Topcard', `${nameBlock} ~ p`), skip: badge },
      { sel: inCard('Topcard', `${bareNameBlock} ~ p`), skip: badge },
    ],
    // The logo button beside the name column whose placeholder icon is a company's (a school's is
    // `school-accent-4`). Failing that the line under the headline, unless a school button shows:
    // with no current job that line names the school.
    currentCompany: [
      inCard('Topcard', '[role="button"]:has(svg[id^="company"]) p'),
      { sel: inCard('Topcard', `${nameBlock} ~ p + p`, ':not(:has(svg[id^="school"]))'), skip: badge, cut: ' · ' },
      { sel: inCard('Topcard', `${bareNameBlock} ~ p + p`, ':not(:has(svg[id^="school"]))'), skip: badge, cut: ' · ' },
    ],
    // First line of the row that ends in "Contact info".
    location: [
      { sel: inCard('Topcard', `${nameBlock} ~ div > p:first-child`), skip: badge, not: 'a' },
      { sel: inCard('Topcard', `${bareNameBlock} ~ div > p:first-child`), skip: badge, not: 'a' },
    ],
    // The About card is rendered empty when the member wrote none; other lines there ("Top skills")
    // are not the summary, so only the expandable text counts.
    about: [inCard('About', '[data-testid="expandable-text-box"]')],
  },
  experience: {
    sections: `${inCard('ExperienceTopLevelSection')}, ${anchoredSection('Experience')}`,
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
      company: [{ sel: line, nth: 1, not: prose, skip: dateLine, cut: ' · ' }],
      location: [{ sel: line, nth: 2, not: prose, skip: dateOrLabelled, cut: ' · ' }],
    },
    dates: [{ sel: line, only: dateLine, not: prose }],
  },
  education: {
    sections: `${inCard('EducationTopLevelSection')}, ${anchoredSection('Education')}`,
    items: '[componentkey^="entity-collection-item"]',
    // Lines: school; "Degree, Field" (optional); dates; grade and activities.
    fields: {
      school: [{ sel: line, nth: 0, not: prose }],
      degree: [{ sel: line, nth: 1, not: prose, skip: dateOrLabelled, cut: ', ' }],
      field: [{ sel: line, nth: 1, not: prose, skip: dateOrLabelled, after: ', ' }],
    },
    dates: [{ sel: line, only: dateLine, not: prose }],
  },
};
