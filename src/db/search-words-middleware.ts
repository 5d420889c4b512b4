/**
 * The one funnel every write of a contact goes through, whichever repository makes it (put, bulkPut,
 * add, modify, a restore, a merge, an import): a Dexie DBCore middleware that sets the index fields
 * from the row itself, `searchWords` (the multi-entry index every search finds a prefix in) and
 * `nameKey` and `listName` (the order of the contacts list by name), so no index is ever stale. They are indexes,
 * not data: reads drop them again, so contacts, messages, backups and exports never carry it, and no
 * copy of it can go stale. A middleware, not Dexie's hooks: the hooks make every put read the row
 * first, which would double an import's cost. Its level puts it above Dexie's own middlewares, so
 * liveQuery sees the words that are written.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { nameKeyOf, searchWordsOf } from '../core/contacts/search-words.ts';
import { inPipeline, type Status } from '../core/pipeline/status.ts';

type Row = Record<string, unknown>;

/** The fields only the indexes read: computed on every write, dropped from every read. */
const contactIndexFields = ['searchWords', 'nameKey', 'listName'] as const;

/**
 * The index fields of a contact's row, as every write stores them (and an upgrade, and the bench's
 * seed): `listName` only for the contacts the list shows unfiltered (the pipeline, not archived), so
 * its first rows are read by index alone, whatever the size of the network pool or the archive.
 */
export function indexFieldsOf(row: Row): Record<(typeof contactIndexFields)[number], unknown> {
  const nameKey = nameKeyOf(row.name);
  const listed = inPipeline(row.status as Status) && !row.archivedAt;
  return { searchWords: searchWordsOf(row), nameKey, listName: listed ? nameKey : undefined };
}

/** A field set to undefined is not indexed; it is left out rather than stored as undefined. */
function withIndexFields(row: Row): Row {
  const out: Row = { ...row };
  for (const [field, value] of Object.entries(indexFieldsOf(row)))
    if (value === undefined) delete out[field];
    else out[field] = value;
  return out;
}

/** Rows read from IndexedDB are fresh copies: the fields are dropped in place. */
function strip<T>(row: T): T {
  if (row && typeof row === 'object') for (const field of contactIndexFields) delete (row as Row)[field];
  return row;
}

/** The cursor with its value stripped; every member forwarded, since a native cursor's own methods need it as `this`. */
function strippedCursor(cursor: DBCoreCursor): DBCoreCursor {
  const wrapped: DBCoreCursor = Object.create(cursor, {
    trans: { get: () => cursor.trans },
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => strip(cursor.value) },
    done: { get: () => cursor.done },
    continue: { value: (key?: unknown) => cursor.continue(key) },
    continuePrimaryKey: { value: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey) },
    advance: { value: (count: number) => cursor.advance(count) },
    start: { value: (onNext: () => void) => cursor.start(onNext) },
    stop: { value: (value?: unknown) => cursor.stop(value) },
    next: { value: () => cursor.next().then(() => wrapped) },
    fail: { value: (error: Error) => cursor.fail(error) },
  });
  return wrapped;
}

function contactsTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (request: DBCoreMutateRequest) =>
      table.mutate(
        request.type === 'add' || request.type === 'put' ? { ...request, values: request.values.map(withIndexFields) } : request,
      ),
    get: async (request) => strip(await table.get(request)),
    getMany: async (request) => (await table.getMany(request)).map(strip),
    query: async (request) => {
      const response = await table.query(request);
      if (request.values) response.result.forEach(strip);
      return response;
    },
    openCursor: async (request) => {
      const cursor = await table.openCursor(request);
      return cursor && request.values ? strippedCursor(cursor) : cursor;
    },
  };
}

export const searchWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'contactSearchWords',
  level: 10,
  create: (down) => ({
    ...down,
    table: (name) => (name === 'contacts' ? contactsTable(down.table(name)) : down.table(name)),
  }),
};
