/**
 * The LinkedIn profile extractor the capture script runs in the person's LinkedIn tab. Pure: it
 * reads the document it is given, changes nothing, and never throws. Field by field it prefers
 * JSON-LD (structured, unabbreviated), then the JSON data logged-in pages embed (embedded-json.ts),
 * over the visible markup of the eras in selectors.ts.
 */
import type { Education, Experience, Extraction } from '../../core/contacts/profile.ts';
import { companyNameOrNull } from '../../core/contacts/company-name.ts';
import { profileFieldNames } from '../../core/contacts/profile-fields.ts';
import { isCurrentRole, latestEndedRole } from '../../core/contacts/profile-role.ts';
import { profileRefFromUrl, type ProfileRef } from '../../core/contacts/profile-url.ts';
import { readEmbeddedJson } from './embedded-json.ts';
import { extractCompany } from './extract-company.ts';
import { companySlugOfPage } from './page-address.ts';
import { jsonLdFields, jsonLdPersons, personUrls, type JsonObject } from './json-ld.ts';
import { activeEras, pageKind } from './page-kind.ts';
import { claimedSlugs, slugOf, titleName } from './page-identity.ts';
import { readEducation, readExperience } from './read-lists.ts';
import { readText } from './read-picks.ts';
import { noRelationship, readRelationship } from './read-relationship.ts';
import type { EraSpec, TopField } from './selector-types.ts';
import { fieldChecks } from './selectors.ts';

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The URL's profile, or the one the document claims when the URL is not a /in/ address. */
function profileRef(doc: Document, url: string): ProfileRef | null {
  const fromUrl = profileRefFromUrl(url);
  if (fromUrl) return fromUrl;
  const slug = attempt(() => claimedSlugs(doc)[0], undefined);
  return slug ? profileRefFromUrl(`https://www.linkedin.com/in/${encodeURIComponent(slug)}/`) : null;
}

/** The Person node about this member: the one claiming the slug, else the only/first one. */
function personFor(doc: Document, slug: string): JsonObject | undefined {
  const persons = jsonLdPersons(doc);
  return persons.find((person) => personUrls(person).some((url) => slugOf(url) === slug)) ?? persons[0];
}

function fromEras(doc: Document, eras: readonly EraSpec[], field: TopField): string | null {
  for (const era of eras) {
    const text = attempt(() => readText(doc, era.fields[field], fieldChecks[field]), null);
    if (text) return text;
  }
  return null;
}

/** An embedded list when it has entries (the reader keeps only whole lists), else the markup's. */
function orMarkup<T>(embedded: T[] | undefined, readMarkup: () => T[]): T[] {
  return embedded?.length ? embedded : attempt(readMarkup, []);
}

const sameText = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;

/** One company name contains the other, as whole words ("Google" in "Google LLC"). */
function sameCompany(a: string | null, b: string): boolean {
  if (a === null) return false;
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string, string];
  return short.trim() !== '' && long.includes(short);
}

/**
 * Current title (and company, when the top card has none) from the experience list: the entry at the
 * company the top card shows (exactly, else by whole-word containment, current roles first); with no
 * company on the top card, the first current role.
 */
function currentRole(experience: Experience[], company: string | null): Experience | undefined {
  if (!company) return experience.find(isCurrentRole);
  return (
    experience.find((entry) => sameText(entry.company, company)) ??
    experience.find((entry) => isCurrentRole(entry) && sameCompany(entry.company, company)) ??
    experience.find((entry) => sameCompany(entry.company, company))
  );
}

function extract(doc: Document, url: string): Extraction {
  const eras = activeEras(doc);
  const kind = pageKind(doc, url, eras);
  if (kind === 'subpage') {
    const main = profileRefFromUrl(url);
    return main ? { kind, slug: main.slug, url: main.url } : { kind: 'unsupported' };
  }
  if (kind === 'company') {
    const slug = companySlugOfPage(doc, url);
    return slug ? extractCompany(doc, slug) : { kind: 'unsupported' };
  }
  if (kind !== 'profile') return { kind };
  const ref = profileRef(doc, url);
  if (!ref) return { kind: 'unsupported' };

  const ld = attempt(() => jsonLdFields(personFor(doc, ref.slug)), jsonLdFields(undefined));
  const embedded = readEmbeddedJson(doc, ref.slug);
  const field = (name: TopField) => ld[name] ?? embedded?.fields[name] ?? fromEras(doc, eras, name);
  const listed: Experience[] = orMarkup(embedded?.experience, () => readExperience(doc, eras));
  // LinkedIn's taglines ("Acme - We're hiring") and separators are no part of a company's name.
  const experience = listed.map((entry) => ({ ...entry, company: companyNameOrNull(entry.company) }));
  const education: Education[] = orMarkup(embedded?.education, () => readEducation(doc, eras));

  const name = field('name') ?? attempt(() => titleName(doc), null);
  const companyShown = companyNameOrNull(field('currentCompany'));
  const titleShown = field('currentTitle');
  // No current role anywhere: the latest role that ended stands in, flagged as ended (every era alike).
  const role = currentRole(experience, companyShown) ?? (companyShown || titleShown ? undefined : latestEndedRole(experience));
  const currentCompany = companyShown ?? role?.company ?? null;
  const currentTitle = titleShown ?? role?.title ?? null;
  const roleUsed = role && ((!companyShown && role.company) || (!titleShown && role.title));
  const currentRoleEnded = roleUsed && !isCurrentRole(role) ? role.end : null;

  const profile = {
    kind: 'profile' as const,
    slug: ref.slug,
    url: ref.url,
    name,
    headline: field('headline'),
    location: field('location'),
    currentTitle,
    currentCompany,
    about: field('about'),
    experience,
    education,
    ...attempt(() => readRelationship(doc, eras), noRelationship),
  };
  const missing = profileFieldNames.filter((key) => {
    const value = profile[key];
    return Array.isArray(value) ? value.length === 0 : value === null;
  });
  return currentRoleEnded ? { ...profile, missing, currentRoleEnded } : { ...profile, missing };
}

/** Reads a LinkedIn page. Never throws: a broken document gives what could be read. */
export function extractProfile(doc: Document, url: string): Extraction {
  try {
    return extract(doc, url);
  } catch {
    return { kind: 'unsupported' };
  }
}
