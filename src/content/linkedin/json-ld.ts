/**
 * JSON-LD reading: the structured data public profile pages embed as
 * `<script type="application/ld+json">`. Only top-level Person nodes (the document root, an array
 * root, or `@graph` entries) describe the page's member; Persons nested as article authors or
 * reviewers are ignored.
 */
import { clean } from './text.ts';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** All top-level nodes of this `@type` in the document's JSON-LD scripts. Never throws. */
export function jsonLdNodes(doc: Document, type: string): JsonObject[] {
  const found: JsonObject[] = [];
  let scripts: Element[];
  try {
    scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  } catch {
    return found;
  }
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const root of asList(data)) {
      if (!isObject(root)) continue;
      const nodes = Array.isArray(root['@graph']) ? root['@graph'] : [root];
      for (const node of nodes) if (isObject(node) && asList(node['@type']).includes(type)) found.push(node);
    }
  }
  return found;
}

/** All top-level Person nodes in the document's JSON-LD scripts. Never throws. */
export const jsonLdPersons = (doc: Document) => jsonLdNodes(doc, 'Person');

/** The URLs a Person node claims as its own (`url`, `sameAs`). */
export function personUrls(person: JsonObject): string[] {
  return [...asList(person.url), ...asList(person.sameAs)].filter((url): url is string => typeof url === 'string');
}

/** Logged-out JSON-LD masks hidden values with asterisks ("***** *******"). */
function unmasked(value: unknown): string | null {
  const text = clean(value);
  return text && !text.includes('***') ? text : null;
}

function firstName(value: unknown): string | null {
  for (const item of asList(value)) {
    const text = unmasked(isObject(item) ? item.name : item);
    if (text) return text;
  }
  return null;
}

/** The top-card fields a Person node provides; absent or masked values are null. */
export interface JsonLdFields {
  name: string | null;
  headline: string | null;
  location: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
  about: string | null;
}

export function jsonLdFields(person: JsonObject | undefined): JsonLdFields {
  if (!person) {
    return { name: null, headline: null, location: null, currentTitle: null, currentCompany: null, about: null };
  }
  const address = asList(person.address)[0];
  const firstJob = asList(person.worksFor)[0];
  // The first job title and employer are the current ones, unless that role has ended.
  const ended = isObject(firstJob) && isObject(firstJob.member) && Boolean(clean(firstJob.member.endDate));
  const firstTitle = ended ? null : asList(person.jobTitle)[0];
  return {
    name: unmasked(person.name),
    headline: unmasked(person.disambiguatingDescription),
    location: unmasked(isObject(address) ? address.addressLocality : address),
    currentTitle: unmasked(firstTitle),
    currentCompany: ended ? null : firstName(firstJob),
    about: unmasked(person.description),
  };
}
