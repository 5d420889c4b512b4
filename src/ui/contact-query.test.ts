import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/unit/test-db.ts';
import { contactSchema, type Contact } from '../core/contacts/contact.ts';
import type { Status } from '../core/pipeline/status.ts';
import type { ConfabDb } from '../db/database.ts';
import { firstListed, listSlugs, pipelineCounts, rowsBySlug, searchList, tagsInUse, type IndexedFilter } from './contact-query.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

function contact(slug: string, name: string, fields: Partial<Contact> = {}): Contact {
  const at = fields.updatedAt ?? '2026-03-02T10:00:00.000Z';
  const status: Status = fields.status ?? 'prospect';
  return contactSchema.parse({
    slug,
    name,
    url: `https://www.linkedin.com/in/${slug}/`,
    status,
    createdAt: at,
    updatedAt: at,
    statusChangedAt: at,
    metAt: status === 'met' ? at : null,
    ...fields,
  });
}

const people = [
  contact('zoe', 'Zoë Marlow', {
    currentCompany: 'Lumen Analytics',
    tags: ['Mentor'],
    status: 'met',
    employerId: 1,
    updatedAt: '2026-03-05T10:00:00.000Z',
  }),
  contact('ada', 'ada Brandt', { currentTitle: 'Nurse', headline: 'Care at Beacon', tags: ['alumni'], status: 'requested' }),
  contact('cy', 'Cyrus Dunn', {
    currentCompany: 'Lumen Analytics',
    tags: ['mentor', 'alumni'],
    employerId: 1,
    updatedAt: '2026-03-09T10:00:00.000Z',
  }),
  contact('bo', 'Bo Eriksen', { status: 'requested' }),
];

async function seeded() {
  db = freshDb();
  await db.contacts.bulkPut(people);
  return db;
}

const all: IndexedFilter = { status: '', tag: '', employerId: null };
const listed = (filter: Partial<IndexedFilter> = {}, sort: Parameters<typeof listSlugs>[2] = 'name') =>
  listSlugs(db, { ...all, ...filter }, sort);
const found = async (search: string) => ((await searchList(db, search, all, 'name'))?.slugs ?? []).sort();
const searched = async (...args: Parameters<typeof searchList>) => (await searchList(...args))?.slugs;

describe('the contacts list query', () => {
  it('narrows by each indexed filter, alone or together', async () => {
    await seeded();
    expect(await listed()).toEqual(['ada', 'bo', 'cy', 'zoe']);
    expect(await listed({ status: 'requested' })).toEqual(['ada', 'bo']);
    // Tags match whatever their case, on the multi-entry index.
    expect(await listed({ tag: 'MENTOR' })).toEqual(['cy', 'zoe']);
    expect(await listed({ status: 'met', tag: 'mentor' })).toEqual(['zoe']);
    expect(await listed({ tag: 'alumni', employerId: 1 })).toEqual(['cy']);
    expect(await listed({ status: 'prospect', employerId: 1 })).toEqual(['cy']);
    expect(await listed({ status: 'thanked' })).toEqual([]);
  });

  it('leaves the network pool out of the list, whatever the filter, and counts it apart', async () => {
    await seeded();
    await db.contacts.bulkPut([
      contact('net-1', 'Nia Network', { status: 'network', tags: ['Mentor'], employerId: 1 }),
      contact('net-2', 'Noor Network', { status: 'network' }),
    ]);
    for (const sort of ['name', 'updated', 'contacted', 'status'] as const)
      expect((await listed({}, sort)).sort()).toEqual(['ada', 'bo', 'cy', 'zoe']);
    expect(await listed({ tag: 'mentor' })).toEqual(['cy', 'zoe']);
    expect(await listed({ employerId: 1 })).toEqual(['cy', 'zoe']);
    expect((await pipelineCounts(db)).counts.network).toBe(2);
  });

  it('sorts by last contacted, newest first, the never contacted last by name', async () => {
    db = freshDb();
    await db.contacts.bulkPut([
      contact('a', 'Ann', { lastContactedAt: '2026-01-02T10:00:00.000Z' }),
      contact('d', 'Dee'),
      contact('b', 'Ben'),
      contact('c', 'Cal', { lastContactedAt: '2026-03-02T10:00:00.000Z' }),
    ]);
    expect(await listed({}, 'contacted')).toEqual(['c', 'a', 'b', 'd']);
  });

  it('sorts by name without regard to case or accents, by last update, newest first, or by status in the flow’s order', async () => {
    await seeded();
    await db.contacts.put(contact('emile', 'Émile Zola'));
    expect(await listed({}, 'name')).toEqual(['ada', 'bo', 'cy', 'emile', 'zoe']);
    await db.contacts.delete('emile');
    expect(await listed({}, 'updated')).toEqual(['cy', 'zoe', 'bo', 'ada']);
    expect(await listed({}, 'status')).toEqual(['cy', 'ada', 'bo', 'zoe']);
  });

  it('keeps the order by name current when a name changes', async () => {
    await seeded();
    await db.contacts.update('zoe', { name: 'Aaron Zoë' });
    expect(await listed()).toEqual(['zoe', 'ada', 'bo', 'cy']);
  });

  it('finds every word of a search as the beginning of a word of the name, company, title, headline, tags or location', async () => {
    await seeded();
    await db.contacts.put(
      contact('av', 'Avery Quinlan', { location: 'Portland, Oregon, United States', currentCompany: 'Harbor Light Labs' }),
    );
    expect(await searchList(db, '  ', all, 'name')).toBeNull();
    expect(await found('zoe')).toEqual(['zoe']);
    expect(await found('ZOË')).toEqual(['zoe']);
    expect(await found('lumen mentor')).toEqual(['cy', 'zoe']);
    expect(await found('lumen nurse')).toEqual([]);
    expect(await found('beacon')).toEqual(['ada']);
    expect(await found('nurs')).toEqual(['ada']);
    expect(await found('alum')).toEqual(['ada', 'cy']);
    expect(await found('portland')).toEqual(['av']);
    expect(await found('oregon harbor')).toEqual(['av']);
    expect(await found('seattle')).toEqual([]);
    // A word is matched from its beginning: "men" is in "Lumen", but begins no word.
    expect(await found('men')).toEqual(['cy', 'zoe']);
    expect(await found('umen')).toEqual([]);
  });

  it('lists a search’s matches in the sort’s order and under the filters, the same whichever word is read first', async () => {
    await seeded();
    // "a" begins words of every contact: more than the index is asked to count once more than a thousand share it.
    const many = Array.from({ length: 1_001 }, (_, i) => contact(`a-${String(i).padStart(4, '0')}`, `Amy A${i}`, { status: 'network' }));
    await db.contacts.bulkPut(many);
    for (const sort of ['name', 'updated', 'contacted', 'status'] as const) {
      expect(await searched(db, 'lumen', all, sort)).toEqual(await listSlugs(db, { ...all, tag: 'mentor' }, sort));
      expect(await searched(db, 'a', all, sort)).toEqual((await listSlugs(db, all, sort)).filter((slug) => slug !== 'bo'));
    }
    expect(await searched(db, 'lumen', { ...all, status: 'met' }, 'name')).toEqual(['zoe']);
    expect(await searched(db, 'alumni', { ...all, employerId: 1 }, 'name')).toEqual(['cy']);
    await db.contacts.update('cy', { archivedAt: '2026-03-10T10:00:00.000Z' });
    expect(await searched(db, 'lumen', all, 'name')).toEqual(['zoe']);
    expect(await searched(db, 'lumen', { ...all, archived: true }, 'name')).toEqual(['cy', 'zoe']);
  });

  it('reads the plain list’s first rows by index alone: the pipeline, not archived, by name', async () => {
    await seeded();
    await db.contacts.put(contact('net-1', 'Aaron Network', { status: 'network' }));
    await db.contacts.update('bo', { archivedAt: '2026-03-10T10:00:00.000Z' });
    expect((await firstListed(db, 2)).map((c) => c.slug)).toEqual(['ada', 'cy']);
    expect((await firstListed(db, 10)).map((c) => c.slug)).toEqual(await listSlugs(db, all, 'name'));
    await db.contacts.update('bo', { archivedAt: null });
    expect((await firstListed(db, 10)).map((c) => c.slug)).toEqual(['ada', 'bo', 'cy', 'zoe']);
  });

  it('reads the rows of the slugs asked for, skipping any gone meanwhile', async () => {
    await seeded();
    const rows = await rowsBySlug(db, ['zoe', 'gone', 'ada']);
    expect([...rows.keys()]).toEqual(['zoe', 'ada']);
    expect(rows.get('zoe')).toEqual(people[0]);
  });

  it('leaves archived contacts out of the list and the counts unless asked for, whatever the indexed filter', async () => {
    await seeded();
    await db.contacts.update('cy', { archivedAt: '2026-03-10T10:00:00.000Z' });
    for (const filter of [{}, { tag: 'mentor' }, { employerId: 1 }, { status: 'prospect' as const }]) {
      expect(await listed(filter)).not.toContain('cy');
      expect(await listed({ ...filter, archived: true })).toContain('cy');
    }
    expect(await pipelineCounts(db)).toMatchObject({ counts: { prospect: 0, requested: 2, met: 1 }, archived: 1 });
  });

  it('counts each status and lists each tag once', async () => {
    await seeded();
    const { counts, archived } = await pipelineCounts(db);
    expect(archived).toBe(0);
    expect([counts.prospect, counts.requested, counts.met, counts.thanked]).toEqual([1, 2, 1, 0]);
    expect(await tagsInUse(db)).toEqual(['alumni', 'mentor']);
  });
});
