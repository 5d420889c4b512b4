/**
 * The contacts list's query: the filters that have an index are read through it (employer, tag,
 * status: the first one set, most selective first), the others and the search text are applied in
 * memory to that smaller result. Only the search and the sort run on every keystroke. The list is the
 * pipeline: the network pool (up to 30,000 imported connections) has its own page, and is never read here.
 */
import type { Contact } from '../core/contacts/contact.ts';
import { foldText } from '../core/contacts/search-words.ts';
import { inPipeline, pipelineStatuses, statuses, type Status } from '../core/pipeline/status.ts';
import { archivedContacts } from '../db/archive-repo.ts';
import type { ConfabDb } from '../db/database.ts';

export const contactSorts = { name: 'Name', updated: 'Last updated', contacted: 'Last contacted', status: 'Status' } as const;
export type ContactSort = keyof typeof contactSorts;

export interface IndexedFilter {
  status: Status | '';
  tag: string;
  employerId: number | null;
  /** Archived contacts are left out unless asked for. */
  archived?: boolean;
}

export async function filteredContacts(db: ConfabDb, filter: IndexedFilter): Promise<Contact[]> {
  const rows = await indexedRows(db, filter);
  return filter.archived ? rows : rows.filter((contact) => !contact.archivedAt);
}

async function indexedRows(db: ConfabDb, filter: IndexedFilter): Promise<Contact[]> {
  const { status, tag, employerId } = filter;
  const inList = (c: Contact) => (status ? c.status === status : inPipeline(c.status));
  if (employerId !== null) {
    const rows = await db.contacts.where('employerId').equals(employerId).toArray();
    return rows.filter((c) => inList(c) && (!tag || hasTag(c, tag)));
  }
  if (tag) {
    const rows = await db.contacts.where('tags').equalsIgnoreCase(tag).toArray();
    return rows.filter(inList);
  }
  return db.contacts
    .where('status')
    .anyOf(status ? [status] : pipelineStatuses)
    .toArray();
}

const hasTag = (contact: Contact, tag: string) => contact.tags.some((t) => t.toLowerCase() === tag.toLowerCase());

/** Every word of the search must appear in the name, company, title, headline, location or a tag. */
export function matchesSearch(contact: Contact, search: string): boolean {
  const words = foldText(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(
    [contact.name, contact.currentCompany, contact.currentTitle, contact.headline, contact.location, ...contact.tags].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: Contact, b: Contact) => names.compare(a.name, b.name) || a.slug.localeCompare(b.slug);
const statusOrder = new Map(statuses.map((status, index) => [status, index]));

const comparators: Record<ContactSort, (a: Contact, b: Contact) => number> = {
  name: byName,
  // Most recent first: the people just worked on are the ones looked for.
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b),
  // Never contacted last: an empty date sorts before every real one.
  contacted: (a, b) => (b.lastContactedAt ?? '').localeCompare(a.lastContactedAt ?? '') || byName(a, b),
  status: (a, b) => statusOrder.get(a.status)! - statusOrder.get(b.status)! || byName(a, b),
};

export function searchAndSort(contacts: readonly Contact[], search: string, sort: ContactSort): Contact[] {
  return contacts.filter((contact) => matchesSearch(contact, search)).sort(comparators[sort]);
}

export interface PipelineCountsResult {
  /** Contacts not archived, per status (the network pool's too, shown apart). */
  counts: Record<Status, number>;
  archived: number;
}

/**
 * How many contacts each status holds, each counted on the status index, less the archived ones
 * (read from the archive index, which holds only them).
 */
export async function pipelineCounts(db: ConfabDb): Promise<PipelineCountsResult> {
  const [counts, archived] = await Promise.all([
    Promise.all(statuses.map((status) => db.contacts.where('status').equals(status).count())),
    archivedContacts(db),
  ]);
  const perStatus = Object.fromEntries(
    statuses.map((status, index) => [status, counts[index]! - archived.filter((c) => c.status === status).length]),
  );
  return { counts: perStatus as Record<Status, number>, archived: archived.length };
}

/** Every tag in use, once whatever its case, for the tag filter (read from the multi-entry index). */
export async function tagsInUse(db: ConfabDb): Promise<string[]> {
  const keys = (await db.contacts.orderBy('tags').uniqueKeys()) as string[];
  const once = new Map(keys.map((tag) => [tag.toLowerCase(), tag]));
  return [...once.values()].sort((a, b) => names.compare(a, b));
}
