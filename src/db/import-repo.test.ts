import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, avery } from '../../test/unit/test-db.ts';
import { importPerson, importReadingOf } from '../../test/unit/import-person.ts';
import type { ImportContact } from '../core/import/import-reading.ts';
import { saveContact } from './contacts-repo.ts';
import type { ConfabDb } from './database.ts';
import { dueContacts } from './follow-ups.ts';
import { applyImport, previewImport, undoImport } from './import-repo.ts';
import { moveContact } from './moves-repo.ts';
import { makeProspects, returnToNetwork } from './network-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

const person = importPerson;
const readingOf = (contacts: ImportContact[], exportedOn = '2026-11-28') => importReadingOf(contacts, { exportedOn });

/** Every table, every row: the database as a whole. */
const everything = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));

async function savedProspect() {
  await saveContact(db, { fields: avery, capture: null }, new Date('2026-01-10T09:00:00.000Z'));
  await moveContact(db, 'avery-quinlan', 'requested', new Date('2026-01-12T09:00:00.000Z'));
  await moveContact(db, 'avery-quinlan', 'prospect', new Date('2026-01-13T09:00:00.000Z'));
}

describe('applying an import', () => {
  it('writes network people and the evidence in one go, and undo puts the whole database back exactly', async () => {
    db = freshDb();
    await savedProspect();
    const before = await everything();
    const reading = readingOf([
      person('avery-quinlan', { invitedAt: '2026-01-29T14:37:00.000Z', invitationMessage: 'Hi Avery', connectedOn: '2026-02-08' }),
      ...Array.from({ length: 50 }, (_, i) => person(`p-${i}`)),
    ]);
    const preview = await previewImport(db, reading, new Date('2026-12-01T10:00:00.000Z'));
    expect(await everything()).toEqual(before);
    const { id, preview: applied } = await applyImport(db, reading, new Date('2026-12-01T10:00:00.000Z'));
    expect(applied).toEqual(preview);
    expect(applied).toMatchObject({ newPeople: 50, matched: 1 });
    expect(await db.contacts.where('status').equals('network').count()).toBe(50);
    expect(await db.contacts.get('avery-quinlan')).toMatchObject({ status: 'accepted', requestedAt: '2026-01-29T14:37:00.000Z' });
    // Nobody of the network shows in Today.
    const due = await dueContacts(db, new Date('2026-12-01T10:00:00.000Z'));
    expect(due.map((d) => d.contact.slug).filter((slug) => slug.startsWith('p-'))).toEqual([]);
    expect(await db.contacts.where('searchWords').startsWith('northw').count()).toBe(51);

    expect(await undoImport(db, id)).toBe(51);
    expect(await everything()).toEqual(before);
  });

  it('merges a newer export without duplicates, marks who is missing, and undoes only the latest import', async () => {
    db = freshDb();
    const first = await applyImport(db, readingOf([person('a'), person('b')], '2026-06-01'), new Date('2026-06-02T10:00:00.000Z'));
    const afterFirst = await everything();
    const second = await applyImport(db, readingOf([person('a', { company: 'Quarry' })]), new Date('2026-12-01T10:00:00.000Z'));
    expect(second.preview).toMatchObject({ newPeople: 0, matched: 1, missing: 1 });
    expect(await db.contacts.count()).toBe(2);
    expect(await db.contacts.get('b')).toMatchObject({ missingFromExportAt: '2026-12-01T10:00:00.000Z', status: 'network' });
    expect(await db.contacts.get('a')).toMatchObject({ currentCompany: 'Quarry' });
    expect((await db.timeline.where('slug').equals('a').toArray()).map((event) => event.kind)).toEqual(['saved', 'changedJobs']);
    await expect(undoImport(db, first.id)).rejects.toThrow(/later import/);
    await undoImport(db, second.id);
    expect(await everything()).toEqual(afterFirst);
  });

  it('refuses to undo over a change made since, and changes nothing', async () => {
    db = freshDb();
    const { id } = await applyImport(db, readingOf([person('a')]), new Date('2026-12-01T10:00:00.000Z'));
    await makeProspects(db, ['a'], new Date('2026-12-02T10:00:00.000Z'));
    const now = await everything();
    await expect(undoImport(db, id)).rejects.toThrow(/Person a changed after the import/);
    expect(await everything()).toEqual(now);
  });
});

describe('the network pool and the pipeline', () => {
  it('makes a selection prospects with a move each, and takes it back exactly', async () => {
    db = freshDb();
    await applyImport(db, readingOf([person('a'), person('b')]), new Date('2026-12-01T10:00:00.000Z'));
    await savedProspect();
    const before = await everything();
    expect(await makeProspects(db, ['a', 'b', 'avery-quinlan', 'nobody'], new Date('2026-12-02T10:00:00.000Z'))).toEqual(['a', 'b']);
    expect(await db.contacts.get('a')).toMatchObject({ status: 'prospect', statusChangedAt: '2026-12-02T10:00:00.000Z' });
    expect(await db.timeline.where('slug').equals('a').last()).toMatchObject({ kind: 'status', from: 'network', to: 'prospect' });
    expect(await returnToNetwork(db, ['a', 'b', 'avery-quinlan'], new Date('2026-12-02T10:00:00.000Z'))).toEqual(['a', 'b']);
    const after = await everything();
    // The only trace: the moment they were last written.
    const withoutUpdated = (tables: Record<string, unknown[]>) =>
      JSON.stringify(tables, (key, value: unknown) => (key === 'updatedAt' ? undefined : value));
    expect(withoutUpdated(after)).toEqual(withoutUpdated(before));
  });

  it('moves a network member saved from the popup to Prospect, on the timeline', async () => {
    db = freshDb();
    await applyImport(db, readingOf([person('avery-quinlan')]), new Date('2026-12-01T10:00:00.000Z'));
    const { contact } = await saveContact(db, { fields: avery, capture: null }, new Date('2026-12-03T10:00:00.000Z'));
    expect(contact).toMatchObject({ status: 'prospect', source: 'network', statusChangedAt: '2026-12-03T10:00:00.000Z' });
    const kinds = (await db.timeline.where('slug').equals('avery-quinlan').toArray()).map((event) => [event.kind, event.to]);
    expect(kinds).toEqual([
      ['saved', 'network'],
      ['status', 'prospect'],
      ['updated', null],
    ]);
  });
});
