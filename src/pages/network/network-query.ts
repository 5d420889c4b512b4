/**
 * The network pool's queries. It holds up to LinkedIn's 30,000 connections, so nothing here reads it
 * whole: the first rows in an order come from that order's index with a limit, a search from the
 * search-words index (a prefix of the first word), "at my target employers" from the company
 * index; only those candidates are checked and sorted in memory.
 */
import type { Contact } from '../../core/contacts/contact.ts';
import { searchTerms, searchWordsOf } from '../../core/contacts/search-words.ts';
import { suggestEmployer, type Employer } from '../../core/employers/employers.ts';
import type { ConfabDb } from '../../db/database.ts';

export const networkSorts = { name: 'Name', connected: 'Connected, newest first', contacted: 'Last contacted, newest first' } as const;
export type NetworkSort = keyof typeof networkSorts;

export interface NetworkFilter {
  search: string;
  /** Only people whose company is on the target employers list (LAMP). */
  targets: boolean;
  sort: NetworkSort;
}

export interface NetworkRows {
  rows: Contact[];
  /** More people match than `rows` holds. */
  more: boolean;
}

/** The most a search or the targets filter reads before asking for more words. */
const candidateCap = 5_000;

const inPool = (contact: Contact) => contact.status === 'network' && !contact.archivedAt;
const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: Contact, b: Contact) => names.compare(a.name, b.name) || a.slug.localeCompare(b.slug);
const newestFirst = (key: 'connectedOn' | 'lastContactedAt') => (a: Contact, b: Contact) =>
  (b[key] ?? '').localeCompare(a[key] ?? '') || byName(a, b);
const comparators: Record<NetworkSort, (a: Contact, b: Contact) => number> = {
  name: byName,
  connected: newestFirst('connectedOn'),
  contacted: newestFirst('lastContactedAt'),
};

export function networkSize(db: ConfabDb): Promise<number> {
  return db.contacts.where('status').equals('network').count();
}

export async function networkRows(
  db: ConfabDb,
  filter: NetworkFilter,
  employers: readonly Employer[],
  limit: number,
): Promise<NetworkRows> {
  const words = searchTerms(filter.search);
  if (words.length === 0 && !filter.targets) return firstInOrder(db, filter.sort, limit);
  const candidates = await (words.length ? searched(db, words) : atTargets(db, employers));
  const matching = candidates.filter((contact) => {
    if (!inPool(contact)) return false;
    // The index holds the words, the rows do not (see search-words-middleware.ts): worked out again for these few.
    const own = words.length > 1 ? searchWordsOf(contact) : [];
    return (
      words.slice(1).every((word) => own.some((w) => w.startsWith(word))) &&
      (!filter.targets || suggestEmployer(contact.currentCompany, employers) !== null)
    );
  });
  matching.sort(comparators[filter.sort]);
  return { rows: matching.slice(0, limit), more: matching.length > limit || candidates.length >= candidateCap };
}

/** The first word is read through the index; the others are checked on what it found. */
function searched(db: ConfabDb, words: readonly string[]): Promise<Contact[]> {
  return db.contacts.where('searchWords').startsWith(words[0]!).distinct().limit(candidateCap).toArray();
}

function atTargets(db: ConfabDb, employers: readonly Employer[]): Promise<Contact[]> {
  const starts = [...new Set(employers.map((employer) => employer.name.trim().split(/\s+/)[0]!).filter(Boolean))];
  if (starts.length === 0) return Promise.resolve([]);
  return db.contacts.where('currentCompany').startsWithAnyOfIgnoreCase(starts).limit(candidateCap).toArray();
}

/**
 * The first rows of the whole pool in an order, walked along that order's index and stopped at the
 * limit. A date index holds only the people who have that date; the others follow, by name.
 */
async function firstInOrder(db: ConfabDb, sort: NetworkSort, limit: number): Promise<NetworkRows> {
  const byIndex = (index: string) => db.contacts.orderBy(index);
  if (sort === 'name')
    return cut(
      await byIndex('name')
        .filter(inPool)
        .limit(limit + 1)
        .toArray(),
      limit,
    );
  const key = sort === 'connected' ? 'connectedOn' : 'lastContactedAt';
  const dated = await byIndex(key)
    .reverse()
    .filter(inPool)
    .limit(limit + 1)
    .toArray();
  if (dated.length > limit) return cut(dated, limit);
  const undated = await byIndex('name')
    .filter((contact) => inPool(contact) && !contact[key])
    .limit(limit - dated.length + 1)
    .toArray();
  return cut([...dated, ...undated], limit);
}

const cut = (rows: Contact[], limit: number): NetworkRows => ({ rows: rows.slice(0, limit), more: rows.length > limit });
