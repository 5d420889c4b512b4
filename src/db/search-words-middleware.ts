/**
 * The one funnel every write of a contact goes through, whichever repository makes it (put, bulkPut,
 * add, modify, a restore, a merge, an import): a Dexie DBCore middleware that sets `searchWords` from
 * the row itself, so the multi-entry index the contacts page searches is never stale. It is an index,
 * not data: reads drop it again, so contacts, messages, backups and exports never carry it, and no
 * copy of it can go stale. A middleware, not Dexie's hooks: the hooks make every put read the row
 * first, which would double an import's cost. Its level puts it above Dexie's own middlewares, so
 * liveQuery sees the words that are written.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { searchWordsOf } from '../core/contacts/search-words.ts';

type Row = Record<string, unknown>;

const withWords = (row: Row) => ({ ...row, searchWords: searchWordsOf(row) });

/** Rows read from IndexedDB are fresh copies: the field is dropped in place. */
function strip<T>(row: T): T {
  if (row && typeof row === 'object' && 'searchWords' in row) delete (row as Row).searchWords;
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
      table.mutate(request.type === 'add' || request.type === 'put' ? { ...request, values: request.values.map(withWords) } : request),
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
