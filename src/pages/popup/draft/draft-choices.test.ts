import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../../test/unit/test-db.ts';
import { contactSchema, type Contact } from '../../../core/contacts/contact.ts';
import type { ConfabDb } from '../../../db/database.ts';
import { listedAtMost, readDraftChoices } from './draft-choices.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

function person(i: number): Contact {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return contactSchema.parse({
    slug: `p-${i}`,
    name: `Person ${String(1000 - i).padStart(4, '0')}`,
    url: `https://www.linkedin.com/in/p-${i}/`,
    status: 'prospect',
    createdAt: at,
    updatedAt: at,
    statusChangedAt: at,
  });
}

describe('whom Draft lists', () => {
  it('lists the most recently updated, the wanted ones and the first by name, sorted by name, never the whole table', async () => {
    db = freshDb();
    await db.contacts.bulkPut(Array.from({ length: 300 }, (_, i) => person(i)));
    const { list, total } = await readDraftChoices(db, ['p-5', null, undefined, 'p-5', 'nobody']);
    expect(total).toBe(300);
    const slugs = list.map((c) => c.slug);
    // p-299 is the first by name ("Person 0701") and the latest; p-5 is old but wanted.
    expect(slugs).toContain('p-5');
    expect(slugs).toContain('p-200');
    expect(slugs).not.toContain('p-199');
    expect(list).toHaveLength(listedAtMost + 1);
    expect(slugs[0]).toBe('p-299');
    expect([...list].sort((a, b) => a.name.localeCompare(b.name))).toEqual(list);
  });

  it('includes the first by name of all, which Draft falls back to', async () => {
    db = freshDb();
    await db.contacts.bulkPut(Array.from({ length: 150 }, (_, i) => ({ ...person(i), name: i === 0 ? 'Aaron Old' : `Zed ${i}` })));
    const { list } = await readDraftChoices(db, []);
    expect(list[0]?.slug).toBe('p-0');
  });

  it('is empty with no contacts', async () => {
    db = freshDb();
    expect(await readDraftChoices(db, ['x'])).toEqual({ list: [], total: 0 });
  });
});
