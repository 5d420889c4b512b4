import { describe, expect, it } from 'vitest';
import { contactSchema, type Contact } from '../contacts/contact.ts';
import { planImport } from './import-plan.ts';
import { importPerson, importReadingOf } from '../../../test/unit/import-person.ts';
import type { ImportContact, ImportReading } from './import-reading.ts';

const now = new Date('2026-12-01T10:00:00.000Z');

const person = (slug: string, extra: Partial<ImportContact> = {}) =>
  importPerson(slug, { name: 'Zoë Brandt', position: 'Staff Engineer', ...extra });

const readingOf = (...contacts: ImportContact[]) =>
  importReadingOf(contacts, { skipped: [{ file: 'Connections.csv', line: 7, reason: 'hidden' }], invitationsSent: 1, conversations: 3 });

const saved = (slug: string, extra: Partial<Contact> = {}): Contact =>
  contactSchema.parse({
    slug,
    name: 'Zoë Brandt',
    url: `https://www.linkedin.com/in/${slug}/`,
    status: 'prospect',
    currentTitle: 'Engineer',
    currentCompany: 'Northwind Labs',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    statusChangedAt: '2026-01-10T09:00:00.000Z',
    ...extra,
  });

const plan = (reading: ImportReading, contacts: Contact[] = [], notListed: Contact[] = []) =>
  planImport(reading, new Map(contacts.map((c) => [c.slug, c])), notListed, now);

describe('an import’s new people', () => {
  it('are network contacts from the network, with what the export says and one timeline line each', () => {
    const result = plan(readingOf(person('zoë-brandt', { email: 'zoe@example.com', lastMessageAt: '2026-02-11T09:00:00.000Z' })));
    expect(result.created).toEqual(['zoë-brandt']);
    expect(result.rows[0]).toMatchObject({
      status: 'network',
      source: 'network',
      name: 'Zoë Brandt',
      currentTitle: 'Staff Engineer',
      currentCompany: 'Northwind Labs',
      email: 'zoe@example.com',
      connectedOn: '2026-02-08',
      lastContactedAt: '2026-02-11T09:00:00.000Z',
      importedAt: now.toISOString(),
      url: 'https://www.linkedin.com/in/zo%C3%AB-brandt/',
    });
    expect(contactSchema.parse(result.rows[0])).toEqual(result.rows[0]);
    expect(result.events).toEqual([
      expect.objectContaining({
        kind: 'saved',
        to: 'network',
        detail: 'From your LinkedIn network, connected 8 Feb 2026 — from your data export of 28 Nov 2026',
      }),
    ]);
    expect(result.preview).toMatchObject({
      newPeople: 1,
      matched: 0,
      connections: 1,
      conversations: 3,
      changes: [],
      skipped: [expect.anything()],
    });
  });

  it('drop an address that is not an e-mail, and a person whose slug is not their address’s', () => {
    const result = plan(readingOf(person('a', { email: 'not an address' }), person('b', { url: 'https://www.linkedin.com/in/c/' })));
    expect(result.rows.map((row) => [row.slug, row.email])).toEqual([['a', '']]);
  });
});

describe('merging into saved contacts', () => {
  it('fills empty fields, never blanks one, and keeps what the person typed', () => {
    const mine = saved('zoë-brandt', { email: 'mine@example.com', notes: 'typed', headline: 'Mine' });
    const result = plan(readingOf(person('zoë-brandt', { email: 'zoe@example.com', company: null, position: null })), [mine]);
    expect(result.rows[0]).toMatchObject({ email: 'mine@example.com', notes: 'typed', headline: 'Mine', currentTitle: 'Engineer' });
    expect(result.preview.changes).toEqual([
      { slug: 'zoë-brandt', name: 'Zoë Brandt', filled: ['Connected on'], moves: [], changedJobs: null },
    ]);
    expect(result.before).toEqual([mine]);
  });

  it('follows a job change with a "changed jobs" event, unless a capture is newer than the export', () => {
    const result = plan(readingOf(person('zoë-brandt', { company: 'Quarry' })), [saved('zoë-brandt')]);
    expect(result.rows[0]).toMatchObject({ currentTitle: 'Staff Engineer', currentCompany: 'Quarry' });
    expect(result.preview.changes[0]?.changedJobs).toEqual({ before: 'Engineer at Northwind Labs', after: 'Staff Engineer at Quarry' });
    expect(result.events).toContainEqual(
      expect.objectContaining({ kind: 'changedJobs', detail: 'Now Staff Engineer at Quarry (was Engineer at Northwind Labs)' }),
    );
    const captured = saved('zoë-brandt', { lastCapturedAt: '2026-11-30T09:00:00.000Z' });
    const kept = plan(readingOf(person('zoë-brandt', { company: 'Quarry' })), [captured]);
    expect(kept.rows[0]).toMatchObject({ currentTitle: 'Engineer', currentCompany: 'Northwind Labs' });
    expect(kept.events.filter((event) => event.kind === 'changedJobs')).toEqual([]);
  });

  it('takes the same job in other words as no change', () => {
    const result = plan(readingOf(person('zoë-brandt', { position: 'engineer' })), [saved('zoë-brandt')]);
    expect(result.preview.changes[0]?.changedJobs ?? null).toBeNull();
  });

  it('marks network people the export no longer lists, once, and keeps them', () => {
    const gone = saved('gone', { status: 'network', source: 'network' });
    const typed = saved('typed', { source: 'manual' });
    const result = plan(readingOf(person('zoë-brandt')), [], [gone, typed]);
    expect(result.preview.missing).toBe(1);
    expect(result.rows.find((row) => row.slug === 'gone')).toMatchObject({ missingFromExportAt: now.toISOString() });
    expect(result.rows.find((row) => row.slug === 'typed')).toBeUndefined();
    const again = plan(readingOf(person('zoë-brandt')), [], [{ ...gone, missingFromExportAt: '2026-06-01T00:00:00.000Z' }]);
    expect(again.rows.find((row) => row.slug === 'gone')).toBeUndefined();
    expect(again.preview.missing).toBe(1);
  });
});

describe('evidence moves', () => {
  const invited = { invitedAt: '2026-01-29T14:37:00.000Z', invitationMessage: 'Hi Zoë' };

  it('moves a prospect you invited to Requested, dated and with your note, then Accepted once connected', () => {
    const result = plan(readingOf(person('zoë-brandt', invited)), [saved('zoë-brandt')]);
    expect(result.rows[0]).toMatchObject({
      status: 'accepted',
      requestedAt: '2026-01-29T14:37:00.000Z',
      statusChangedAt: '2026-02-08T00:00:00.000Z',
    });
    expect(result.preview.changes[0]?.moves).toEqual([
      {
        from: 'prospect',
        to: 'requested',
        at: '2026-01-29T14:37:00.000Z',
        evidence: 'Invitation sent on LinkedIn, 29 Jan 2026 — from your data export of 28 Nov 2026',
      },
      {
        from: 'requested',
        to: 'accepted',
        at: '2026-02-08T00:00:00.000Z',
        evidence: 'Connected on LinkedIn, 8 Feb 2026, after your invitation — from your data export of 28 Nov 2026',
      },
    ]);
    const moves = result.events.filter((event) => event.kind === 'status');
    expect(moves[0]).toMatchObject({ note: 'Hi Zoë', before: { status: 'prospect', requestedAt: null } });
  });

  it('accepts on a reply after your outreach, dated by the reply', () => {
    const result = plan(readingOf(person('zoë-brandt', { connectedOn: null, repliedAt: '2026-02-10T08:30:00.000Z' })), [
      saved('zoë-brandt', { status: 'requested', requestedAt: '2026-01-20T09:00:00.000Z', statusChangedAt: '2026-01-20T09:00:00.000Z' }),
    ]);
    expect(result.rows[0]).toMatchObject({ status: 'accepted', statusChangedAt: '2026-02-10T08:30:00.000Z' });
    expect(result.preview.changes[0]?.moves[0]?.evidence).toMatch(/^Replied on LinkedIn, 10 Feb 2026 — /);
  });

  it('never touches a contact further along, nor one moved by hand after the evidence', () => {
    const further = saved('zoë-brandt', { status: 'met', metAt: '2026-02-01T09:00:00.000Z', statusChangedAt: '2026-02-01T09:00:00.000Z' });
    expect(plan(readingOf(person('zoë-brandt', invited)), [further]).rows[0]).toMatchObject({ status: 'met' });
    const byHand = saved('zoë-brandt', { statusChangedAt: '2026-02-20T09:00:00.000Z' });
    const result = plan(readingOf(person('zoë-brandt', invited)), [byHand]);
    expect(result.rows[0]).toMatchObject({ status: 'prospect', invitedAt: invited.invitedAt });
    expect(result.preview.changes[0]?.moves).toEqual([]);
  });

  it('records the facts of a network member without moving them', () => {
    const result = plan(readingOf(person('zoë-brandt', invited)), [saved('zoë-brandt', { status: 'network', source: 'network' })]);
    expect(result.rows[0]).toMatchObject({ status: 'network', invitedAt: invited.invitedAt });
    expect(result.events.filter((event) => event.kind === 'status')).toEqual([]);
  });
});
