import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../test/unit/test-db.ts';
import { contactSchema, type Contact } from '../core/contacts/contact.ts';
import type { ConfabDb } from './database.ts';
import { companyPrefixes, othersAtEmployer, secondPersonsFor } from './second-person.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

const at = '2026-11-02T09:00:00.000Z';
function person(slug: string, name: string, currentCompany: string, extra: Partial<Contact> = {}): Contact {
  return contactSchema.parse({
    slug,
    name,
    currentCompany,
    url: `https://www.linkedin.com/in/${slug}/`,
    status: 'prospect',
    createdAt: at,
    updatedAt: at,
    statusChangedAt: at,
    ...extra,
  });
}

const asked = person('morgan', 'Morgan Ellery', 'Quarry Analytics, Inc.', { status: 'requested', requestedAt: at });

async function seed(...others: Contact[]) {
  db = freshDb();
  await db.contacts.bulkPut([asked, ...others]);
}

describe('the others at the same employer, for a second person', () => {
  it('finds the prospects whose company is the same name written another way, and no one else', async () => {
    await seed(
      person('jo', 'Jo Pike', 'Quarry Analytics'),
      person('ren', 'Ren Abe', 'QUARRY ANALYTICS LLC'),
      person('the', 'Tam Ode', 'The Quarry Analytics Company'),
      person('sky', 'Sky Lane', 'Quarry Analytics · Data for builders'),
      person('sent', 'Sam Sent', 'Quarry Analytics', { status: 'requested', requestedAt: at }),
      person('met', 'Mel Met', 'Quarry Analytics', { status: 'met', metAt: at }),
      person('other', 'Oli Other', 'Quarry Analytica'),
      person('none', 'Nat None', ''),
    );
    expect((await othersAtEmployer(db, asked)).map((p) => p.name)).toEqual(['Jo Pike', 'Ren Abe', 'Sky Lane', 'Tam Ode']);
  });

  it('meets "JPMorgan" and "J.P. Morgan" through the first letter of the matching key', async () => {
    const jp = person('jp', 'Jay Pee', 'JPMorgan', { status: 'requested', requestedAt: at });
    db = freshDb();
    await db.contacts.bulkPut([jp, person('dots', 'Dot Ted', 'J.P. Morgan Chase & Co.'), person('jm', 'Jam Mo', 'J.P. Morgan')]);
    expect((await othersAtEmployer(db, jp)).map((p) => p.slug)).toEqual(['jm']);
    expect(companyPrefixes('Électricité de France')).toEqual(['e', 'the e', 'é', 'the é']);
    expect(companyPrefixes('  ')).toEqual([]);
  });

  it('takes the contacts linked to the same employer whatever their company says, not those linked to another', async () => {
    const linkedAsked = { ...asked, employerId: 4 };
    await seed(
      person('linked', 'Lee Linked', 'Quarry (a subsidiary)', { employerId: 4 }),
      person('elsewhere', 'Eve Else', 'Quarry Analytics', { employerId: 9 }),
      person('plain', 'Pat Plain', 'Quarry Analytics'),
    );
    await db.contacts.put(linkedAsked);
    expect((await othersAtEmployer(db, linkedAsked)).map((p) => p.slug)).toEqual(['linked', 'plain']);
  });

  it('says whom to suggest per contact with the company as shown, and finds no one for a contact without a company', async () => {
    const alone = person('alone', 'Al One', '', { status: 'requested', requestedAt: at });
    await seed(person('jo', 'Jo Pike', 'Quarry Analytics'), alone);
    const map = await secondPersonsFor(db, [asked, alone]);
    expect(map.get('morgan')).toEqual({ company: 'Quarry Analytics, Inc.', others: [{ slug: 'jo', name: 'Jo Pike' }] });
    expect(map.get('alone')).toEqual({ company: '', others: [] });
  });

  it('reads through the indexes, never the whole table', async () => {
    await seed(person('jo', 'Jo Pike', 'Quarry Analytics'));
    const scans = [
      vi.spyOn(db.contacts, 'toArray'),
      vi.spyOn(db.contacts, 'toCollection'),
      vi.spyOn(db.contacts, 'filter'),
      vi.spyOn(db.contacts, 'each'),
    ];
    const where = vi.spyOn(db.contacts, 'where');
    await othersAtEmployer(db, { ...asked, employerId: 4 });
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
    expect(where.mock.calls.map(([index]) => index)).toEqual(['employerId', 'currentCompany']);
  });
});
