import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/unit/test-db.ts';
import { contactSchema, type Contact } from '../../core/contacts/contact.ts';
import type { Employer } from '../../core/employers/employers.ts';
import type { ConfabDb } from '../../db/database.ts';
import { networkRows, networkSize, type NetworkFilter } from './network-query.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

const at = '2026-03-02T10:00:00.000Z';
function person(slug: string, name: string, fields: Partial<Contact> = {}): Contact {
  return contactSchema.parse({
    slug,
    name,
    url: `https://www.linkedin.com/in/${slug}/`,
    status: 'network',
    createdAt: at,
    updatedAt: at,
    statusChangedAt: at,
    ...fields,
  });
}

const pool = [
  person('zoe', 'Zoë Brandt', { currentCompany: 'Northwind Traders, Inc.', currentTitle: 'Staff Engineer', connectedOn: '2026-02-08' }),
  person('marco', 'Marco Ellery', {
    currentCompany: 'Bramble & Co',
    currentTitle: 'Head of Data',
    connectedOn: '2026-01-12',
    lastContactedAt: '2026-01-20T09:00:00.000Z',
  }),
  person('priya', 'Priya Okafor', { currentCompany: 'Fabrikam', currentTitle: 'Designer' }),
  person('ines', 'Ines Hart', {
    currentCompany: 'Northwind Labs',
    currentTitle: 'Data Engineer',
    connectedOn: '2025-03-03',
    archivedAt: at,
  }),
  person('ada', 'Ada Abbott', { status: 'prospect', currentCompany: 'Northwind Traders' }),
];
const northwind: Employer = { id: 1, name: 'Northwind Traders' } as Employer;
const filter = (patch: Partial<NetworkFilter> = {}): NetworkFilter => ({ search: '', targets: false, sort: 'name', ...patch });
const slugs = (rows: { rows: Contact[] }) => rows.rows.map((c) => c.slug);

async function seeded() {
  db = freshDb();
  await db.contacts.bulkPut(pool);
}

describe('the network pool', () => {
  it('lists only the network, never the pipeline or the archived, in the order asked, up to the limit', async () => {
    await seeded();
    expect(await networkSize(db)).toBe(4);
    expect(slugs(await networkRows(db, filter(), [], 10))).toEqual(['marco', 'priya', 'zoe']);
    expect(await networkRows(db, filter(), [], 2)).toMatchObject({ more: true });
    expect(slugs(await networkRows(db, filter(), [], 2))).toEqual(['marco', 'priya']);
    // Newest connection first; whoever has no date follows, by name.
    expect(slugs(await networkRows(db, filter({ sort: 'connected' }), [], 10))).toEqual(['zoe', 'marco', 'priya']);
    expect(slugs(await networkRows(db, filter({ sort: 'contacted' }), [], 10))).toEqual(['marco', 'priya', 'zoe']);
  });

  it('finds people by the start of any word of their name, company or position, whatever the case or accents', async () => {
    await seeded();
    expect(slugs(await networkRows(db, filter({ search: 'zoe' }), [], 10))).toEqual(['zoe']);
    expect(slugs(await networkRows(db, filter({ search: 'BRAM' }), [], 10))).toEqual(['marco']);
    expect(slugs(await networkRows(db, filter({ search: 'engineer north' }), [], 10))).toEqual(['zoe']);
    expect(slugs(await networkRows(db, filter({ search: 'engineer fabrikam' }), [], 10))).toEqual([]);
    expect(slugs(await networkRows(db, filter({ search: 'gineer' }), [], 10))).toEqual([]);
  });

  it('keeps those at one of the target employers, however LinkedIn writes the name', async () => {
    await seeded();
    expect(slugs(await networkRows(db, filter({ targets: true }), [northwind], 10))).toEqual(['zoe']);
    expect(slugs(await networkRows(db, filter({ targets: true }), [], 10))).toEqual([]);
    expect(slugs(await networkRows(db, filter({ targets: true, search: 'marco' }), [northwind], 10))).toEqual([]);
  });
});
