/**
 * The logged-in voyager-web app (2017 onwards) ships the API responses it was rendered from as
 * `<code id="bpr-guid-*">` blocks: normalized JSON, `{ data, included: [entities] }`, where entities
 * refer to each other by URN (`entityUrn`, or `$id` for sub-records). The page's member is the
 * profile entity whose `publicIdentifier` is the URL's slug; the viewer's own MiniProfile (/me) sits
 * beside it and is never taken for the subject. Older payloads use com.linkedin.voyager.identity.*
 * types (Profile → MiniProfile → publicIdentifier, PositionView/EducationView lists, Date records);
 * newer ones com.linkedin.voyager.dash.* (Profile with publicIdentifier, geoLocation → Geo).
 */
import { firstText, fullName, obj, presentEnd, presentFields, text, type EmbeddedProfile, type JsonObject } from './embedded-values.ts';
import { indexEntities, readLists, resolve, typeOf, type EntityIndex } from './voyager-entities.ts';

function isSlug(value: unknown, slug: string): boolean {
  if (typeof value !== 'string') return false;
  try {
    return decodeURIComponent(value).toLowerCase() === slug;
  } catch {
    return value.toLowerCase() === slug;
  }
}

/** The member's entities, fullest first: Profile records, then MiniProfile ones. */
function subjectEntities(index: EntityIndex, slug: string): JsonObject[] {
  const own = [...index.values()].filter((entity) => isSlug(entity.publicIdentifier, slug));
  const ownUrns = new Set(own.map((entity) => entity.entityUrn));
  // Older Profile records carry no publicIdentifier: they point to the MiniProfile that does.
  const linked = [...index.values()].filter(
    (entity) => typeOf(entity).endsWith('.Profile') && !own.includes(entity) && ownUrns.has(entity.miniProfile),
  );
  const rank = (entity: JsonObject) => (typeOf(entity).endsWith('.Profile') ? 0 : 1);
  return [...linked, ...own].sort((a, b) => rank(a) - rank(b));
}

function locationOf(index: EntityIndex, entity: JsonObject): string | null {
  const area = text(entity.geoLocationName);
  const country = text(entity.geoCountryName);
  if (area) return country && !area.includes(country) ? `${area}, ${country}` : area;
  const geoLocation = obj(entity.geoLocation);
  const geo = resolve(index, geoLocation['*geo'] ?? geoLocation.geo ?? geoLocation.geoUrn);
  return firstText(entity.locationName, geo.defaultLocalizedName);
}

/** The member's profile in the responses, or null when they do not hold it. */
export function readVoyager(responses: unknown[], slug: string): EmbeddedProfile | null {
  const index = indexEntities(responses);
  const subject = subjectEntities(index, slug);
  const pick = (read: (entity: JsonObject) => string | null) => subject.map(read).find((value) => value) ?? null;
  const name = pick((entity) => fullName(entity.firstName, entity.lastName));
  if (!name) return null;

  const ids = new Set(subject.map((entity) => firstText(entity.entityUrn)?.split(':').pop()).filter(Boolean) as string[]);
  const { positions, experience, education } = readLists(index, ids);
  const current = positions.find((position) => position.end === presentEnd);
  const summary = (entity: JsonObject) => firstText(entity.summary, obj(entity.summary).text);
  return {
    fields: presentFields({
      name,
      headline: pick((entity) => firstText(entity.headline, entity.occupation)),
      location: pick((entity) => locationOf(index, entity)),
      currentTitle: current?.title ?? null,
      currentCompany: current?.company ?? null,
      about: pick(summary),
    }),
    experience,
    education,
  };
}
