import { pvsExperience, pvsEducation } from './era-loggedin-text-details.ts';
import type { EraSpec } from './selector-types.ts';

/**
 * The top card: the member-id section, else (should that attribute go) the card holding the
 * page's `h1`. Scoping every pick to it keeps out the viewer's own name and photo in the nav bar.
 */
const cards = ['section[data-member-id]', 'main section.artdeco-card:has(h1)'];
const inCard = (selector: string) => cards.map((card) => `${card} ${selector}`);

/**
 * Logged-in Ember profile of 2025, once LinkedIn hashed its layout class names
 * (`h1.tGpIAbTOBvbu… inline t-24`) and dropped `.pv-text-details__*` and `.text-heading-xlarge`.
 * What stayed is keyed on here: utility classes (`t-24`, `text-body-medium`, `text-body-small`,
 * `inline`, `t-black--light`, `break-words`), ARIA labels, the section anchors `div#about` /
 * `#experience` / `#education` and the `pvs-list` entry lines (shared with the 2021–2024 era). The
 * degree badge ("· 2nd") beside the name is a `.distance-badge` span without `inline`, so the
 * location picks skip it. `:has()` holds one simple selector only: happy-dom (the tests) misreads
 * relative selectors with combinators inside it.
 */
export const loggedInHashed: EraSpec = {
  id: 'loggedin-hashed',
  marker: 'section[data-member-id] h1, main section.artdeco-card h1.t-24',
  topCard: cards,
  fields: {
    name: [...inCard('h1.t-24'), ...inCard('h1')],
    headline: inCard('div.text-body-medium'),
    location: [
      ...inCard('span.text-body-small.inline.t-black--light.break-words'),
      // Neither the degree badge nor the company and school buttons are `span.inline`.
      ...inCard('span.text-body-small.inline'),
    ],
    // The current-company button says where it leads; the education button beside it looks the same.
    currentCompany: [
      ...inCard('button[aria-label*="experience" i]'),
      ...inCard('a[href="#experience"]'),
      ...inCard('[aria-label^="Current company" i]'),
    ],
    about: [
      `section:has(> #about) [class*="inline-show-more-text"] > span[aria-hidden="true"]`,
      'section:has(> #about) [class*="inline-show-more-text"]',
      'section:has(> #about) .pv-shared-text-with-see-more',
    ],
  },
  experience: pvsExperience,
  education: pvsEducation,
};
