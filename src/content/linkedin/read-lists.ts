/** Reads the experience and education lists described by the registry (selectors.ts). */
import type { Education, Experience } from '../../core/contacts/profile.ts';
import type { EraSpec, ListSpec } from './selector-types.ts';
import { queryAll, readDates, readElement, readText } from './read-picks.ts';

const maxExperience = 200;
const maxEducation = 100;

/** The entries of a list section, leaving out entries nested in other entries. */
function entries(doc: Document, spec: ListSpec<string>): Element[] {
  const section = queryAll(doc, spec.sections)[0];
  if (!section) return [];
  const items = queryAll(section, spec.items);
  return items.filter((item) => !items.some((other) => other !== item && other.contains(item)));
}

function readEntry<F extends string>(
  el: Element,
  spec: ListSpec<F>,
): Record<F, string | null> & { start: string | null; end: string | null } {
  const values = {} as Record<F, string | null>;
  for (const field of Object.keys(spec.fields) as F[]) values[field] = safe(() => readText(el, spec.fields[field]));
  const dates = safe(() => readDates(readElement(el, spec.dates))) ?? { start: null, end: null };
  return { ...values, ...dates };
}

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function experienceEntry(el: Element, spec: NonNullable<EraSpec['experience']>): Experience {
  const group = spec.group;
  const grouped = group !== undefined && el.matches(group.match);
  const listed = group && grouped ? queryAll(el, group.roles).map((role) => readEntry(role, spec)) : [];
  // Every position shows a start date: an undated item ("Show all 5 roles", a media strip) is no role.
  const roles = group?.datedRoles ? listed.filter((role) => role.start !== null) : listed;
  if (group && grouped && (!group.datedRoles || roles.length > 0)) {
    // One company, several roles: the latest role's title and end, the earliest role's start.
    const latest = roles[0];
    const earliest = roles[roles.length - 1];
    return {
      title: latest?.title ?? null,
      company: safe(() => readText(el, group.company)) ?? latest?.company ?? null,
      start: earliest?.start ?? null,
      end: latest?.end ?? null,
      location: latest?.location ?? null,
    };
  }
  const { title, company, start, end, location } = readEntry(el, spec);
  return { title, company, start, end, location };
}

const emptyExperience = (entry: Experience) => Object.values(entry).every((value) => value === null);

/** The experience list of the first era that has one. */
export function readExperience(doc: Document, eras: readonly EraSpec[]): Experience[] {
  for (const era of eras) {
    const spec = era.experience;
    if (!spec) continue;
    const list = entries(doc, spec)
      .map((el) => safe(() => experienceEntry(el, spec)))
      .filter((entry): entry is Experience => entry !== null && !emptyExperience(entry));
    if (list.length > 0) return list.slice(0, maxExperience);
  }
  return [];
}

/** The education list of the first era that has one. */
export function readEducation(doc: Document, eras: readonly EraSpec[]): Education[] {
  for (const era of eras) {
    const spec = era.education;
    if (!spec) continue;
    const list = entries(doc, spec)
      .map((el) => safe(() => readEntry(el, spec)))
      .filter((entry) => entry !== null && entry.school !== null)
      .map((entry) => ({
        school: entry?.school ?? null,
        degree: entry?.degree ?? null,
        field: entry?.field ?? null,
        start: entry?.start ?? null,
        end: entry?.end ?? null,
      }));
    if (list.length > 0) return list.slice(0, maxEducation);
  }
  return [];
}
