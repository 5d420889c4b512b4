/**
 * The normalized voyager responses (see voyager-json.ts) as one entity index, and the member's
 * positions and educations read from it.
 */
import type { Education, Experience } from '../../core/contacts/profile.ts';
import { firstText, list, monthYear, obj, presentEnd, text, type JsonObject } from './embedded-values.ts';

export type EntityIndex = Map<string, JsonObject>;

/**
 * Every entity of the responses by its URN. Responses repeat an entity with different projections
 * (one block has the name, another the location): the copies are merged, first value wins.
 */
export function indexEntities(responses: unknown[]): EntityIndex {
  const index: EntityIndex = new Map();
  const add = (entity: JsonObject) => {
    const key = firstText(entity.entityUrn, entity.$id);
    if (!key) return;
    const known = index.get(key);
    if (!known) index.set(key, { ...entity });
    else for (const [name, value] of Object.entries(entity)) if (known[name] == null && value != null) known[name] = value;
  };
  for (const response of responses.map(obj)) {
    for (const entity of list(response.included).map(obj)) add(entity);
    add(obj(response.data));
  }
  return index;
}

/** The entity a field refers to: a URN looked up in the index, or the inline record itself. */
export function resolve(index: EntityIndex, value: unknown): JsonObject {
  return typeof value === 'string' ? obj(index.get(value)) : obj(value);
}

export const typeOf = (entity: JsonObject) => (typeof entity.$type === 'string' ? entity.$type : '');

function startEnd(index: EntityIndex, record: JsonObject): { start: string | null; end: string | null } {
  const period = resolve(index, record.timePeriod ?? record.dateRange);
  const start = monthYear(resolve(index, period.startDate ?? period.start));
  return { start, end: monthYear(resolve(index, period.endDate ?? period.end)) };
}

function positionOf(index: EntityIndex, position: JsonObject): Experience {
  const { start, end } = startEnd(index, position);
  const company = resolve(index, resolve(index, position.company).miniCompany ?? position.companyUrn);
  return {
    title: text(position.title),
    company: firstText(position.companyName, company.name),
    start,
    // A position without an end date is the member's current one.
    end: end ?? (start ? presentEnd : null),
    location: text(position.locationName),
  };
}

function educationOf(index: EntityIndex, education: JsonObject): Education {
  return {
    school: firstText(education.schoolName, resolve(index, education.school).schoolName),
    degree: text(education.degreeName),
    field: text(education.fieldOfStudy),
    ...startEnd(index, education),
  };
}

/** Whether an entity URN names one of the member's records ("urn:li:fs_position:(<id>,123)"). */
const ownedBy = (urn: unknown, ids: Set<string>) =>
  typeof urn === 'string' && [...ids].some((id) => urn.includes(`(${id},`) || urn.endsWith(`:${id}`));

/**
 * The member's records of one kind, in the page's order: the list view's elements when there is a
 * view (PositionView, EducationView), else every record of the type that the member owns.
 * `complete` is false when the view says it holds only the first few of more (paging.total).
 */
function records(index: EntityIndex, ids: Set<string>, kind: 'Position' | 'Education') {
  const entities = [...index.values()];
  const view = entities.find((entity) => typeOf(entity).endsWith(`.${kind}View`) && ownedBy(entity.entityUrn, ids));
  if (view) {
    const items = list(view.elements)
      .map((urn) => resolve(index, urn))
      .filter((item) => Object.keys(item).length > 0);
    const total = resolve(index, view.paging).total;
    return { items, complete: typeof total !== 'number' || items.length >= total };
  }
  const items = entities.filter((entity) => typeOf(entity).endsWith(`.${kind}`) && ownedBy(entity.entityUrn, ids));
  return { items, complete: true };
}

/**
 * The member's positions (all that the JSON holds, for the current role) and the experience and
 * education lists, which are left empty unless the JSON holds them whole: the page's markup then
 * has the full lists and is read instead.
 */
export function readLists(index: EntityIndex, ids: Set<string>) {
  const positions = records(index, ids, 'Position');
  const educations = records(index, ids, 'Education');
  const experience = positions.items.map((item) => positionOf(index, item));
  return {
    positions: experience,
    experience: positions.complete ? experience : [],
    education: educations.complete ? educations.items.map((item) => educationOf(index, item)) : [],
  };
}
