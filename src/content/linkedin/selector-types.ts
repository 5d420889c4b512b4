/** The shape of the selector registry (selectors.ts). Types only. */

/**
 * How to read one text value. A bare string is `{ sel }`: the first match with usable text.
 * Matches inside modals, forms and scripts never count.
 */
export interface Pick {
  sel: string;
  /** Use only the nth match (0-based). */
  nth?: number;
  /** Read only the first text node: for lines that mix the value with counts and buttons. */
  first?: boolean;
  /** Skip matches that contain this selector. */
  not?: string;
  /**
   * Use only matches whose text this matches (a date line has a year), applied before `nth`: for
   * markup where class names are hashed and a line is known only by its place and shape.
   */
  only?: RegExp;
  /** Leave out matches whose text this matches (a "· 1st" degree badge), applied before `nth`. */
  skip?: RegExp;
  /** Keep the text before this separator ("Google · Full-time" → "Google"). */
  cut?: string;
  /** Keep the text after this separator ("BSc, Physics" → "Physics"); no separator, no value. */
  after?: string;
  /** Drop any of these characters from the end ("BS," → "BS"). */
  trimEnd?: string;
}

export type Picks = readonly (string | Pick)[];

export type TopField = 'name' | 'headline' | 'location' | 'currentTitle' | 'currentCompany' | 'about';

/** A list section (experience, education) of one era. */
export interface ListSpec<F extends string> {
  /** The section holding the list; the first match is used. */
  sections: string;
  /** Entries within the section; an entry nested in another entry is not a separate entry. */
  items: string;
  fields: Record<F, Picks>;
  /** The element holding the date range: `<time>` children, or text like "Jan 2020 - Present · 2 yrs". */
  dates: Picks;
  /** Several roles at one company, shown as one entry under a company header. */
  group?: {
    match: string;
    company: Picks;
    roles: string;
    /**
     * Only items showing a start date are roles ("Show all 5 roles" is not), and a match counts as a
     * group only when it has one (a single entry's media strip is a list too).
     */
    datedRoles?: boolean;
  };
}

export interface EraSpec {
  id: string;
  /** The era's picks are tried only when this matches the document. */
  marker: string;
  fields: Partial<Record<TopField, Picks>>;
  /**
   * The subject's top card, where the relationship (degree badge, mutual connections, invitation) is
   * read, tried in order (the first that matches); only logged-in eras have one: a logged-out page
   * shows no relationship.
   */
  topCard?: readonly string[];
  experience?: ListSpec<'title' | 'company' | 'location'>;
  education?: ListSpec<'school' | 'degree' | 'field'>;
}

/** Per field, values that are never right for it. */
export type FieldChecks = Partial<Record<TopField, RegExp>>;

/** What gives away a page that is not a profile. Any one signal is enough. */
export interface PageSignals {
  /** Path of the page's URL or of its canonical link / og:url. */
  path: RegExp;
  /** `<meta name="pageKey">`. */
  pageKey: RegExp;
  /** The page's `<title>`, og:title or first heading. */
  title: RegExp;
  /** Markup only this kind of page has. */
  selector: string;
}
