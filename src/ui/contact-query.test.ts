import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/unit/test-db.ts';
import { contactSchema, type Contact } from '../core/contacts/contact.ts';
import type { Status } from '../core/pipeline/status.ts';
import type { ConfabDb } from '../db/database.ts';
import { filteredContacts, matchesSearch, pipelineCounts, searchAndSort, tagsInUse } from './contact-query.ts';

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

const slugs = (contacts: Contact[]) => contacts.map((c) => c.slug);

describe('the contacts list query', () => {
  it('reads one indexed filter and applies the others in memory', async () => {
    await seeded();
    // Read through the status index (the pipeline's statuses, never the network pool); searchAndSort puts them in order.
    expect(slugs(await filteredContacts(db, { status: '', tag: '', employerId: null })).sort()).toEqual(['ada', 'bo', 'cy', 'zoe']);
    expect(slugs(await filteredContacts(db, { status: 'requested', tag: '', employerId: null })).sort()).toEqual(['ada', 'bo']);
    // Tags match whatever their case, on the multi-entry index.
    expect(slugs(await filteredContacts(db, { status: '', tag: 'MENTOR', employerId: null })).sort()).toEqual(['cy', 'zoe']);
    expect(slugs(await filteredContacts(db, { status: 'met', tag: 'mentor', employerId: null }))).toEqual(['zoe']);
    expect(slugs(await filteredContacts(db, { status: '', tag: 'alumni', employerId: 1 }))).toEqual(['cy']);
    expect(slugs(await filteredContacts(db, { status: 'prospect', tag: '', employerId: 1 }))).toEqual(['cy']);
  });

  it('leaves the network pool out of the list, whatever the filter, and counts it apart', async () => {
    await seeded();
    await db.contacts.bulkPut([
      contact('net-1', 'Nia Network', { status: 'network', tags: ['Mentor'], employerId: 1 }),
      contact('net-2', 'Noor Network', { status: 'network' }),
    ]);
    expect(slugs(await filteredContacts(db, { status: '', tag: '', employerId: null })).sort()).toEqual(['ada', 'bo', 'cy', 'zoe']);
    expect(slugs(await filteredContacts(db, { status: '', tag: 'mentor', employerId: null })).sort()).toEqual(['cy', 'zoe']);
    expect(slugs(await filteredContacts(db, { status: '', tag: '', employerId: 1 })).sort()).toEqual(['cy', 'zoe']);
    expect((await pipelineCounts(db)).counts.network).toBe(2);
  });

  it('sorts by last contacted, newest first, the never contacted last', () => {
    const dated = [
      contact('a', 'Ann', { lastContactedAt: '2026-01-02T10:00:00.000Z' }),
      contact('b', 'Ben'),
      contact('c', 'Cal', { lastContactedAt: '2026-03-02T10:00:00.000Z' }),
    ];
    expect(slugs(searchAndSort(dated, '', 'contacted'))).toEqual(['c', 'a', 'b']);
  });

  it('searches every word in name, company, title, headline and tags, without regard to case or accents', () => {
    expect(matchesSearch(people[0]!, 'zoe')).toBe(true);
    expect(matchesSearch(people[0]!, 'lumen mentor')).toBe(true);
    expect(matchesSearch(people[0]!, 'lumen nurse')).toBe(false);
    expect(matchesSearch(people[1]!, 'beacon')).toBe(true);
    expect(matchesSearch(people[1]!, '  ')).toBe(true);
  });

  it('matches the location too, word by word with the rest', () => {
    const inPortland = contact('av', 'Avery Quinlan', { location: 'Portland, Oregon, United States', currentCompany: 'Harbor Light Labs' });
    expect(matchesSearch(inPortland, 'portland')).toBe(true);
    expect(matchesSearch(inPortland, 'oregon harbor')).toBe(true);
    expect(matchesSearch(inPortland, 'seattle')).toBe(false);
    expect(slugs(searchAndSort([...people, inPortland], 'oregon', 'name'))).toEqual(['av']);
  });

  it('sorts by name (a collator, so case does not count), by last update, newest first, or by status in the flow’s order', () => {
    expect(slugs(searchAndSort(people, '', 'name'))).toEqual(['ada', 'bo', 'cy', 'zoe']);
    expect(slugs(searchAndSort(people, '', 'updated'))).toEqual(['cy', 'zoe', 'ada', 'bo']);
    expect(slugs(searchAndSort(people, '', 'status'))).toEqual(['cy', 'ada', 'bo', 'zoe']);
    expect(slugs(searchAndSort(people, 'lumen', 'name'))).toEqual(['cy', 'zoe']);
  });

  it('leaves archived contacts out of the list and the counts unless asked for, whatever the indexed filter', async () => {
    await seeded();
    await db.contacts.update('cy', { archivedAt: '2026-03-10T10:00:00.000Z' });
    for (const filter of [{}, { tag: 'mentor' }, { employerId: 1 }, { status: 'prospect' as const }]) {
      const base = { status: '' as const, tag: '', employerId: null, ...filter };
      expect(slugs(await filteredContacts(db, base))).not.toContain('cy');
      expect(slugs(await filteredContacts(db, { ...base, archived: true }))).toContain('cy');
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
