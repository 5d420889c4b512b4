/**
 * The contacts list's query, read through indexes, never the whole table (LinkedIn's maximum of 30,000
 * contacts): the list is the slugs of its rows, in order, worked out from primary keys alone (an order
 * index, and the sets of the filters: status, tag, employer, archived), and the page reads the few
 * rows in view. Reading 30,000 keys still takes a few hundred milliseconds in Chromium, so the first
 * rows of the unfiltered list come first from their own index (`firstListed`), and a search reads the
 * rows of its most selective word only (`searchList`). The list is the pipeline: the network pool (up
 * to 30,000 imported connections) has its own page, and is never listed here.
 */
import type { Contact } from '../core/contacts/contact.ts';
import { nameKeyOf, searchTerms, searchWordsOf } from '../core/contacts/search-words.ts';
import { inPipeline, statuses, type Status } from '../core/pipeline/status.ts';
import { archivedContacts } from '../db/contact-queries.ts';
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

const keysOf = (keys: Promise<string[]>) => keys.then((list) => new Set(list));

/** The slugs of every contact in the sort's order. Names that fold alike keep their slugs' order, as the index keeps them. */
async function inOrder(db: ConfabDb, sort: ContactSort): Promise<string[]> {
  const byName = () => db.contacts.orderBy('nameKey').primaryKeys();
  if (sort === 'name') return byName();
  // Most recent first: the people just worked on are the ones looked for.
  if (sort === 'updated') return db.contacts.orderBy('updatedAt').reverse().primaryKeys();
  if (sort === 'contacted') {
    // Never contacted last, by name: an empty date is not in the index.
    const [contacted, names] = await Promise.all([db.contacts.orderBy('lastContactedAt').reverse().primaryKeys(), byName()]);
    const dated = new Set(contacted);
    return [...contacted, ...names.filter((slug) => !dated.has(slug))];
  }
  // By status in the flow's order, by name within each.
  const [names, ...perStatus] = await Promise.all([
    byName(),
    ...statuses.map((status) => keysOf(db.contacts.where('status').equals(status).primaryKeys())),
  ]);
  return perStatus.flatMap((set) => names.filter((slug) => set.has(slug)));
}

/** Whether the list shows the pipeline, not archived, by name: the view its `listName` index holds in order. */
export const isPlainList = (filter: IndexedFilter, sort: ContactSort) =>
  !filter.status && !filter.tag && filter.employerId === null && !filter.archived && sort === 'name';

/** The first rows of the plain list, read by index alone: the same rows, in the same order, as `listSlugs` starts with. */
export function firstListed(db: ConfabDb, count: number): Promise<Contact[]> {
  return db.contacts.orderBy('listName').limit(count).toArray();
}

/** The slugs the list holds, in the sort's order: the pipeline (or one status), narrowed by the indexed filters. */
export async function listSlugs(db: ConfabDb, filter: IndexedFilter, sort: ContactSort): Promise<string[]> {
  const { status, tag, employerId, archived } = filter;
  const [ordered, ...sets] = await Promise.all([
    inOrder(db, sort),
    keysOf(status ? db.contacts.where('status').equals(status).primaryKeys() : db.contacts.where('status').equals('network').primaryKeys()),
    tag ? keysOf(db.contacts.where('tags').equalsIgnoreCase(tag).primaryKeys()) : null,
    employerId !== null ? keysOf(db.contacts.where('employerId').equals(employerId).primaryKeys()) : null,
    archived ? null : keysOf(db.contacts.orderBy('archivedAt').primaryKeys()),
  ]);
  const [byStatus, byTag, byEmployer, archivedOnes] = sets;
  return ordered.filter(
    (slug) =>
      (status ? byStatus!.has(slug) : !byStatus!.has(slug)) &&
      (!byTag || byTag.has(slug)) &&
      (!byEmployer || byEmployer.has(slug)) &&
      !archivedOnes?.has(slug),
  );
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: Contact, b: Contact) => byCode(nameKeyOf(a.name), nameKeyOf(b.name)) || byCode(a.slug, b.slug);
const newestFirst = (a: string | null, b: string | null, x: Contact, y: Contact) => byCode(b ?? '', a ?? '') || byCode(y.slug, x.slug);
const statusOrder = new Map(statuses.map((status, index) => [status, index]));

/** The sorts in memory, in exactly the order the indexes give (`inOrder`): ties broken by slug as an index breaks them. */
const comparators: Record<ContactSort, (a: Contact, b: Contact) => number> = {
  name: byName,
  updated: (a, b) => newestFirst(a.updatedAt, b.updatedAt, a, b),
  contacted: (a, b) =>
    a.lastContactedAt && b.lastContactedAt
      ? newestFirst(a.lastContactedAt, b.lastContactedAt, a, b)
      : a.lastContactedAt
        ? -1
        : b.lastContactedAt
          ? 1
          : byName(a, b),
  status: (a, b) => statusOrder.get(a.status)! - statusOrder.get(b.status)! || byName(a, b),
};

/** Sorted as `comparators` sort, each name folded once rather than at every comparison. */
function sorted(rows: Contact[], sort: ContactSort): Contact[] {
  if (sort !== 'name') return rows.sort(comparators[sort]);
  const keys = new Map(rows.map((row) => [row, nameKeyOf(row.name)]));
  return rows.sort((a, b) => byCode(keys.get(a)!, keys.get(b)!) || byCode(a.slug, b.slug));
}

const listedBy = (filter: IndexedFilter) => (contact: Contact) =>
  (filter.status ? contact.status === filter.status : inPipeline(contact.status)) &&
  (!filter.tag || contact.tags.some((tag) => tag.toLowerCase() === filter.tag.toLowerCase())) &&
  (filter.employerId === null || contact.employerId === filter.employerId) &&
  (filter.archived || !contact.archivedAt);

/** A word that begins more index entries than this is read no further: another word of the search is likely to narrow more. */
const selectiveCap = 1_000;

/** What a search shows: its slugs in the sort's order, and the rows it read (the first ones in view among them). */
export interface SearchResult {
  slugs: string[];
  rows: Map<string, Contact>;
}

/**
 * The list a search shows, in the sort's order, or null when the search has no words: every word of
 * it begins a word of the name, company, title, tags, location or headline (without regard to case or
 * accents). The rows of one word are read through the index, the word being typed first (it is the
 * one that narrows), and checked against the other words and the filters in memory; a word that
 * begins more than a thousand entries gives way to the next. So a keystroke reads a few hundred rows,
 * not the list. Only when every word is that common is the whole list worked out from keys.
 */
export async function searchList(db: ConfabDb, search: string, filter: IndexedFilter, sort: ContactSort): Promise<SearchResult | null> {
  const words = [...new Set(searchTerms(search))];
  if (words.length === 0) return null;
  const tried = [words.at(-1)!, ...words.slice(0, -1).sort((a, b) => b.length - a.length)];
  for (const word of tried) {
    const found = await db.contacts
      .where('searchWords')
      .startsWith(word)
      .limit(selectiveCap + 1)
      .toArray();
    if (found.length > selectiveCap) continue;
    const listed = listedBy(filter);
    const others = words.filter((each) => each !== word);
    const rows = new Map<string, Contact>();
    for (const row of found) {
      if (rows.has(row.slug) || !listed(row)) continue;
      const own = others.length ? searchWordsOf(row) : [];
      if (others.every((each) => own.some((w) => w.startsWith(each)))) rows.set(row.slug, row);
    }
    return { slugs: sorted([...rows.values()], sort).map((row) => row.slug), rows };
  }
  const [listed, found] = await Promise.all([listSlugs(db, filter, sort), searchSlugs(db, words)]);
  return { slugs: listed.filter((slug) => found.has(slug)), rows: new Map() };
}

/** The contacts whose words begin with each of these words, each read as a prefix of the `searchWords` index. */
async function searchSlugs(db: ConfabDb, words: readonly string[]): Promise<Set<string>> {
  const found = await Promise.all(words.map((word) => db.contacts.where('searchWords').startsWith(word).primaryKeys()));
  found.sort((a, b) => a.length - b.length);
  const [fewest, ...others] = found;
  const rest = others.map((keys) => new Set(keys));
  return new Set(fewest!.filter((slug) => rest.every((set) => set.has(slug))));
}

/** The rows of the slugs in view, by slug (one read however long the list). */
export async function rowsBySlug(db: ConfabDb, slugs: readonly string[]): Promise<Map<string, Contact>> {
  const rows = await db.contacts.bulkGet([...slugs]);
  return new Map(rows.filter((row): row is Contact => row !== undefined).map((row) => [row.slug, row]));
}

const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

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
