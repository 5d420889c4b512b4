/**
 * The latest version opened on a database of every earlier version, with data: no row and no field
 * lost, version 4's fields filled as the schema defaults them (the network pool), where each contact
 * came from guessed from whether it was captured, and version 5's index fields (search words, name
 * key) computed for every row.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { contactSchema } from '../core/contacts/contact.ts';
import { openDatabase, schemaV1, schemaV2, schemaV3, schemaV4 } from './database.ts';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const base = {
  headline: '',
  location: '',
  notes: '',
  about: '',
  experience: [],
  education: [],
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  statusChangedAt: '2026-10-01T09:00:00.000Z',
  metAt: null,
  thankedAt: null,
  lastCapture: null,
};

/** One captured contact and one typed in, as version 1 stored them. */
const captured = {
  ...base,
  slug: 'zoë-brandt',
  name: 'Zoë Brandt',
  currentTitle: 'Staff Engineer',
  currentCompany: 'Northwind Labs',
  url: 'https://www.linkedin.com/in/zo%C3%AB-brandt/',
  status: 'requested',
  lastCapturedAt: '2026-10-01T09:00:00.000Z',
};
const typed = {
  ...base,
  slug: 'dev-castell',
  name: 'Dev Castell',
  currentTitle: 'Designer',
  currentCompany: 'Quarry',
  url: 'https://www.linkedin.com/in/dev-castell/',
  status: 'prospect',
  lastCapturedAt: null,
};

/** Version 2 and 3 rows: version 1's with the fields those versions added, as they defaulted them. */
const v2Fields = { connection: '', requestedAt: null, scheduledFor: null, lastTouchAt: null, adviceActedOnAt: null, loopClosedAt: null };
const v2More = { keepInTouchDays: null, tags: ['alumni'], employerId: null, referredBy: null, dueStates: {}, captureHistory: [] };
const v3Fields = { email: '', meetingPlace: '', ownReminder: null, archivedAt: null };
/** As version 4 stored them: its fields, and the search words of name, company and title only. */
const v4Fields = (row: { name: string; currentCompany: string; currentTitle: string; lastCapturedAt: string | null }) => ({
  connectedOn: null,
  invitedAt: null,
  lastContactedAt: null,
  importedAt: null,
  missingFromExportAt: null,
  source: row.lastCapturedAt ? 'captured' : 'manual',
  searchWords: [row.name, row.currentCompany, row.currentTitle].join(' ').toLowerCase().split(/\s+/),
});
const rowsOf = (version: number) =>
  [captured, typed].map((row) => ({
    ...row,
    ...(version >= 2 ? { ...v2Fields, ...v2More, followUpAt: null } : {}),
    ...(version >= 3 ? v3Fields : {}),
    ...(version >= 4 ? v4Fields(row) : {}),
  }));

async function create(name: string, version: 1 | 2 | 3 | 4) {
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  if (version >= 2) old.version(2).stores(schemaV2);
  if (version >= 3) old.version(3).stores(schemaV3);
  if (version >= 4) old.version(4).stores(schemaV4);
  await old.table('contacts').bulkAdd(rowsOf(version));
  await old.table('timeline').add({ slug: 'dev-castell', at: base.createdAt, kind: 'saved', from: null, to: 'prospect', detail: 'Saved' });
  old.close();
}

describe('upgrading to version 5', () => {
  it.each([1, 2, 3, 4] as const)('from version %i keeps every row and field, fills the new ones and indexes the words', async (version) => {
    const name = `confab-upgrade-v5-${process.pid}-${version}`;
    names.push(name);
    await create(name, version);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const [zoe, dev] = await db.contacts.bulkGet(['zoë-brandt', 'dev-castell']);
    for (const [row, stored] of [
      [rowsOf(version)[0]!, zoe],
      [rowsOf(version)[1]!, dev],
    ] as const) {
      expect(stored).toMatchObject(Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'searchWords')));
      expect(stored).toMatchObject({
        connectedOn: null,
        invitedAt: null,
        lastContactedAt: null,
        importedAt: null,
        missingFromExportAt: null,
      });
      // Nothing left for the schema to add, and the index field never shows in what is read.
      expect(contactSchema.parse(stored)).toEqual(stored);
      expect(stored).not.toHaveProperty('searchWords');
      expect(stored).not.toHaveProperty('nameKey');
    }
    expect(zoe?.source).toBe('captured');
    expect(dev?.source).toBe('manual');
    expect(await db.contacts.where('searchWords').startsWith('zoe').primaryKeys()).toEqual(['zoë-brandt']);
    expect(await db.contacts.where('searchWords').startsWith('quar').primaryKeys()).toEqual(['dev-castell']);
    // Version 5's words: the tags too; and the list's order by name.
    expect(await db.contacts.where('searchWords').equals('alumni').primaryKeys()).toEqual(
      version >= 2 ? ['dev-castell', 'zoë-brandt'] : [],
    );
    expect(await db.contacts.orderBy('nameKey').keys()).toEqual(['dev castell', 'zoe brandt']);
    expect(await db.timeline.count()).toBe(1);
    expect(await db.imports.count()).toBe(0);
    db.close();
  });
});

describe('the search words', () => {
  it('follow every write: a put, a modify, a rename', async () => {
    const name = `confab-upgrade-v4-${process.pid}-words`;
    names.push(name);
    const db = openDatabase(name);
    const row = contactSchema.parse({ ...typed, ...v2Fields, ...v2More, ...v3Fields });
    await db.contacts.put(row);
    expect(await db.contacts.where('searchWords').startsWith('dev').count()).toBe(1);
    await db.contacts.where('slug').equals('dev-castell').modify({ name: 'Devon Castellano' });
    expect(await db.contacts.where('searchWords').equals('dev').count()).toBe(0);
    expect(await db.contacts.where('searchWords').equals('castellano').count()).toBe(1);
    await db.contacts.update('dev-castell', { currentCompany: 'Ørsted' });
    expect(await db.contacts.where('searchWords').equals('orsted').primaryKeys()).toEqual(['dev-castell']);
    // Read through a cursor (a filter) too, the field stays out.
    const filtered = await db.contacts.filter(() => true).toArray();
    expect(filtered[0]).not.toHaveProperty('searchWords');
    db.close();
  });
});
