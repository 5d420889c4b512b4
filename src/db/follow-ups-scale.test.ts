/**
 * The reminder queries read only what is due, through indexes, whatever the size of the database: shown
 * by counting the rows IndexedDB hands back (a Dexie middleware), not by timing.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/unit/test-db.ts';
import { contactSchema, conversationSchema } from '../core/contacts/contact.ts';
import { pendingThankYouCount } from './contacts-repo.ts';
import type { ConfabDb } from './database.ts';
import { dueContacts, nextFollowUpMoment } from './follow-ups.ts';

const total = 100_000;
const dueCount = 12;
let db: ConfabDb;
let rowsRead = 0;

/** Counts every row returned by a get, getMany, query or cursor step. */
const counter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-rows',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table: DBCoreTable = down.table(name);
      return {
        ...table,
        get: async (req) => {
          const row: unknown = await table.get(req);
          if (row !== undefined) rowsRead += 1;
          return row;
        },
        getMany: async (req) => {
          const rows = await table.getMany(req);
          rowsRead += rows.filter((row) => row !== undefined).length;
          return rows;
        },
        query: async (req) => {
          const result = await table.query(req);
          rowsRead += result.result.length;
          return result;
        },
        openCursor: async (req) => {
          const cursor = await table.openCursor(req);
          if (cursor) rowsRead += 1;
          return cursor;
        },
      };
    },
  }),
};

const now = new Date('2026-11-23T12:00:00Z');
const iso = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

beforeAll(async () => {
  db = freshDb();
  // Before the first request: middleware added to an open database is not used.
  db.use(counter);
  const base = contactSchema.parse({
    slug: 'x',
    name: 'X',
    url: 'https://www.linkedin.com/in/x/',
    status: 'thanked',
    createdAt: iso(-400),
    updatedAt: iso(-400),
    statusChangedAt: iso(-300),
  });
  // 100,000 people and their conversations: a few met and due for a thank-you, the rest kept in touch later.
  const contacts = Array.from({ length: total }, (_, i) => {
    const due = i % Math.floor(total / dueCount) === 0 && i / Math.floor(total / dueCount) < dueCount;
    return due
      ? { ...base, slug: `person-${i}`, status: 'met' as const, metAt: iso(-1), statusChangedAt: iso(-1), followUpAt: iso(-1) }
      : { ...base, slug: `person-${i}`, followUpAt: iso(30 + (i % 60)) };
  });
  await db.contacts.bulkAdd(contacts);
  await db.conversations.bulkAdd(
    contacts.map((c) => conversationSchema.parse({ slug: c.slug, scheduledFor: null, heldAt: c.metAt ?? iso(-300) })),
  );
}, 120_000);
afterAll(async () => db?.delete());

describe(`reminders over ${total.toLocaleString('en')} contacts and conversations`, () => {
  it('(the counter sees what a query without the index would read)', async () => {
    rowsRead = 0;
    await db.contacts.where('status').equals('thanked').primaryKeys();
    await db.contacts.where('status').equals('thanked').limit(5_000).toArray();
    expect(rowsRead).toBeGreaterThanOrEqual(5_000);
  });

  it('the Today query reads the due contacts and their conversations only', async () => {
    rowsRead = 0;
    const due = await dueContacts(db, now);
    expect(due).toHaveLength(dueCount);
    expect(due.every((d) => d.items[0]?.kind === 'thank-you')).toBe(true);
    // The settings row, then per due contact: itself and its one conversation.
    expect(rowsRead).toBeLessThanOrEqual(1 + dueCount * 2);
  });

  it('the badge count and the next alarm read a handful of rows', async () => {
    rowsRead = 0;
    expect(await pendingThankYouCount(db)).toBe(dueCount);
    expect(rowsRead).toBeLessThanOrEqual(dueCount);
    rowsRead = 0;
    expect(await nextFollowUpMoment(db, now)).not.toBeNull();
    expect(rowsRead).toBeLessThanOrEqual(2 + dueCount * 2);
  });
});
