import { afterEach, describe, expect, it } from 'vitest';
import { fillDatabase, kim, later, snapshot, start } from '../../test/unit/backup-data.ts';
import { freshDb } from '../../test/unit/test-db.ts';
import { backupText } from '../core/backup/backup-compact.ts';
import { parseBackup } from '../core/backup/backup-parse.ts';
import type { Backup } from '../core/backup/backup-format.ts';
import { emptyMeetingNotes } from '../core/conversation/meeting-notes.ts';
import { applyRestore, exportBackup, planRestore, restoreFromText } from './backup-repo.ts';
import { saveContact } from './contacts-repo.ts';
import { saveConversation } from './conversations-repo.ts';
import type { ConfabDb } from './database.ts';
import { saveEmployer } from './employers-repo.ts';
import { moveContact } from './moves-repo.ts';

const dbs: ConfabDb[] = [];
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const read = (text: string): Backup => {
  const reading = parseBackup(text);
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  return reading.backup;
};

describe('backup and replace', () => {
  it('round-trips: export, replace into an empty database, export again gives the same file', async () => {
    const source = open();
    await fillDatabase(source);
    const text = backupText(await exportBackup(source, later(6)));
    const target = open();
    expect(await planRestore(target, read(text), 'replace')).toMatchObject({
      contacts: { added: 2, removed: 0 },
      timeline: { added: 7 },
      employers: { added: 1 },
    });
    await restoreFromText(target, text, 'replace', later(6));
    expect(backupText(await exportBackup(target, later(6)))).toBe(text);
    // The file is the backup made at that moment: restored, it is the last backup.
    expect((await target.settings.get('settings'))?.value.lastBackupAt).toBe(later(6).toISOString());
  });

  it('carries a contact’s e-mail address and meeting place', async () => {
    const source = open();
    await fillDatabase(source);
    await source.contacts.update('kim-ode', { email: 'kim.ode@example.org', meetingPlace: 'City Museum café, 2nd floor' });
    const text = backupText(await exportBackup(source));
    const target = open();
    await restoreFromText(target, text, 'replace');
    expect(await target.contacts.get('kim-ode')).toMatchObject({
      email: 'kim.ode@example.org',
      meetingPlace: 'City Museum café, 2nd floor',
    });
  });

  it('stores HTML and script in text fields as the text it is', async () => {
    const source = open();
    await fillDatabase(source);
    const target = open();
    await restoreFromText(target, backupText(await exportBackup(source)), 'replace');
    expect((await target.contacts.get('kim-ode'))?.notes).toBe(kim.notes);
    expect((await target.drafts.get(['kim-ode', 'inmail']))?.body).toBe('Hi Kim, <img src=x onerror=alert(1)>');
  });

  it('replace makes the database the file: rows only here go, the file’s reminders are computed', async () => {
    const db = open();
    await fillDatabase(db);
    const text = backupText(await exportBackup(db, later(6)));
    await saveContact(db, { fields: { ...kim, name: 'Sam Rowe', url: 'https://www.linkedin.com/in/sam-rowe/' }, capture: null }, later(7));
    await saveEmployer(db, { name: 'Globex' });
    const preview = await planRestore(db, read(text), 'replace');
    expect(preview.contacts).toEqual({ inFile: 2, added: 0, updated: 0, unchanged: 2, removed: 1 });
    expect(preview.employers).toEqual({ inFile: 1, added: 0, updated: 0, unchanged: 1, removed: 1 });
    const summary = await applyRestore(db, read(text), 'replace', later(6));
    expect(summary).toEqual({
      mode: 'replace',
      rows: { contacts: 2, conversations: 1, timeline: 7, drafts: 2, settings: 1, employers: 1 },
    });
    expect(await db.contacts.get('sam-rowe')).toBeUndefined();
    // Avery was met on day 5: the thank-you shows from then.
    expect((await db.contacts.get('avery-quinlan'))?.followUpAt).toBe(later(5).toISOString());
  });
});

describe('merge', () => {
  it('keeps the newer record of each contact, with its conversations and drafts, and matches employers by name', async () => {
    const db = open();
    await fillDatabase(db);
    const file = open();
    await fillDatabase(file);
    // In the file: Avery's notes on the meeting are newer; Kim is older there; Sam exists only there.
    const held = (await file.conversations.toArray())[0]!;
    await saveConversation(file, {
      slug: 'avery-quinlan',
      meetingNotes: { ...emptyMeetingNotes('avery-quinlan', later(6), held.id!), notes: 'Great talk' },
    });
    await file.contacts.update('avery-quinlan', { updatedAt: later(9).toISOString(), notes: 'From the file' });
    await file.contacts.update('kim-ode', { updatedAt: start.toISOString(), notes: 'Old notes' });
    await saveEmployer(file, { name: 'Globex' });
    const acme = (await file.employers.toArray()).find((e) => e.name === 'ACME')!;
    await file.employers.update(acme.id!, { name: 'Acme, Inc.' });
    await saveContact(
      file,
      { fields: { ...kim, name: 'Sam Rowe', url: 'https://www.linkedin.com/in/sam-rowe/' }, capture: null },
      later(8),
    );
    await file.contacts.update('sam-rowe', { employerId: acme.id });
    await file.drafts.delete(['avery-quinlan', 'email']);
    // Here: the settings differ, and are kept.
    await db.settings.update('settings', { 'value.premium': false });
    const text = backupText(await exportBackup(file, later(9)));

    const preview = await planRestore(db, read(text), 'merge');
    expect(preview).toEqual({
      contacts: { inFile: 3, added: 1, updated: 1, unchanged: 1, removed: 0 },
      conversations: { inFile: 1, added: 0, updated: 1, unchanged: 0, removed: 0 },
      // Kim's rows in the file are not written (her copy here is newer): unchanged.
      timeline: { inFile: 8, added: 1, updated: 0, unchanged: 7, removed: 0 },
      drafts: { inFile: 1, added: 0, updated: 0, unchanged: 1, removed: 1 },
      settings: { inFile: 1, added: 0, updated: 0, unchanged: 1, removed: 0 },
      employers: { inFile: 2, added: 1, updated: 0, unchanged: 1, removed: 0 },
    });
    const before = await snapshot(db);
    await restoreFromText(db, text, 'merge', later(9));
    expect((await db.contacts.get('avery-quinlan'))?.notes).toBe('From the file');
    expect((await db.contacts.get('kim-ode'))?.notes).toBe(kim.notes);
    const conversations = await db.conversations.toArray();
    expect(conversations.map((c) => [c.id, c.meetingNotes?.notes])).toEqual([
      [(before.conversations[0] as { id: number }).id, 'Great talk'],
    ]);
    expect(await db.drafts.get(['avery-quinlan', 'email'])).toBeUndefined();
    expect(await db.drafts.get(['kim-ode', 'inmail'])).toBeDefined();
    const employers = await db.employers.toArray();
    expect(employers.map((e) => e.name)).toEqual(['ACME', 'Globex']);
    expect((await db.contacts.get('sam-rowe'))?.employerId).toBe(employers[0]!.id);
    expect((await db.settings.get('settings'))?.value.premium).toBe(false);
  });

  it('gives a merged conversation a free id when the file’s is taken, and its meeting notes follow', async () => {
    const file = open();
    await fillDatabase(file);
    const held = (await file.conversations.get(1))!;
    await saveConversation(file, {
      slug: 'avery-quinlan',
      meetingNotes: { ...emptyMeetingNotes('avery-quinlan', later(6), held.id!), notes: 'Great talk' },
    });
    const db = open();
    await saveContact(db, { fields: { ...kim, name: 'Sam Rowe', url: 'https://www.linkedin.com/in/sam-rowe/' }, capture: null }, start);
    await saveConversation(db, { slug: 'sam-rowe', scheduledFor: later(2).toISOString() });
    await restoreFromText(db, backupText(await exportBackup(file)), 'merge', later(6));
    expect((await db.conversations.toArray()).map((c) => [c.id, c.slug, c.meetingNotes?.conversationId ?? null])).toEqual([
      [1, 'sam-rowe', null],
      [2, 'avery-quinlan', 2],
    ]);
  });

  it('previews a merge of the same data: each table shows what the file holds, and no change', async () => {
    const db = open();
    await fillDatabase(db);
    const text = backupText(await exportBackup(db));
    const held = await snapshot(db);
    const preview = await planRestore(db, read(text), 'merge');
    for (const [table, counts] of Object.entries(preview)) {
      const rows = held[table as keyof typeof held].length;
      expect(rows, table).toBeGreaterThan(0);
      expect(counts, table).toEqual({ inFile: rows, added: 0, updated: 0, unchanged: rows, removed: 0 });
    }
  });

  it('previews exactly one changed contact and one new conversation, as the merge then writes them', async () => {
    const db = open();
    await fillDatabase(db);
    const file = open();
    await fillDatabase(file);
    await file.contacts.update('kim-ode', { updatedAt: later(9).toISOString(), notes: 'Changed in the file' });
    await saveConversation(file, { slug: 'kim-ode', scheduledFor: later(10).toISOString() });
    const text = backupText(await exportBackup(file, later(9)));
    const inFile = (await snapshot(file)).conversations.length;

    const preview = await planRestore(db, read(text), 'merge');
    const changes = Object.fromEntries(Object.entries(preview).map(([table, c]) => [table, [c.added, c.updated, c.removed]]));
    expect(changes).toEqual({
      contacts: [0, 1, 0],
      conversations: [1, 0, 0],
      timeline: [0, 0, 0],
      drafts: [0, 0, 0],
      settings: [0, 0, 0],
      employers: [0, 0, 0],
    });
    expect(preview.conversations).toEqual({ inFile, added: 1, updated: 0, unchanged: inFile - 1, removed: 0 });
    expect(preview.contacts).toMatchObject({ inFile: 2, unchanged: 1 });

    const before = await snapshot(db);
    await restoreFromText(db, text, 'merge', later(9));
    const after = await snapshot(db);
    expect(after.conversations).toHaveLength(before.conversations.length + 1);
    expect((await db.contacts.get('kim-ode'))?.notes).toBe('Changed in the file');
    expect(after.timeline).toEqual(before.timeline);
    expect(after.drafts).toEqual(before.drafts);
  });

  it('changes nothing when merging the database’s own backup', async () => {
    const db = open();
    await fillDatabase(db);
    await moveContact(db, 'kim-ode', 'accepted', later(4));
    const text = backupText(await exportBackup(db));
    const before = await snapshot(db);
    const preview = await planRestore(db, read(text), 'merge');
    for (const counts of Object.values(preview)) expect(counts.added + counts.updated + counts.removed).toBe(0);
    await restoreFromText(db, text, 'merge');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('older files', () => {
  it('restores a version 1 file (no employers, contacts without the newer fields) with today’s defaults', async () => {
    const db = open();
    const contact = {
      slug: 'avery-quinlan',
      name: 'Avery Quinlan',
      url: 'https://www.linkedin.com/in/avery-quinlan/',
      status: 'prospect',
      createdAt: start.toISOString(),
      updatedAt: start.toISOString(),
      statusChangedAt: start.toISOString(),
    };
    const text = JSON.stringify({
      format: 'confab-backup',
      schemaVersion: 1,
      exportedAt: start.toISOString(),
      tables: {
        contacts: [contact],
        conversations: [],
        timeline: [],
        drafts: [],
        settings: [{ key: 'settings', value: { premium: true } }],
      },
    });
    await restoreFromText(db, text, 'replace');
    expect(await db.contacts.get('avery-quinlan')).toMatchObject({
      ...contact,
      tags: [],
      employerId: null,
      dueStates: {},
      captureHistory: [],
    });
    expect((await db.settings.get('settings'))?.value).toMatchObject({ premium: true, backupReminderDays: 30, lastBackupAt: null });
  });
});

describe('a version 2 file in version 3', () => {
  it('restores, each contact’s source told from whether it was captured, and a network member goes through a version 3 file', async () => {
    const db = open();
    const row = (slug: string, extra: object = {}) => ({
      slug,
      name: slug,
      url: `https://www.linkedin.com/in/${slug}/`,
      status: 'prospect',
      createdAt: start.toISOString(),
      updatedAt: start.toISOString(),
      statusChangedAt: start.toISOString(),
      ...extra,
    });
    const tables = (contacts: object[]) => ({ contacts, conversations: [], timeline: [], drafts: [], settings: [], employers: [] });
    const file = (version: number, contacts: object[]) =>
      JSON.stringify({ format: 'confab-backup', schemaVersion: version, exportedAt: start.toISOString(), tables: tables(contacts) });
    await restoreFromText(db, file(2, [row('seen', { lastCapturedAt: start.toISOString() }), row('typed')]), 'replace');
    expect((await db.contacts.toArray()).map((contact) => [contact.slug, contact.source])).toEqual([
      ['seen', 'captured'],
      ['typed', 'manual'],
    ]);
    const pooled = row('pooled', { status: 'network', source: 'network', connectedOn: '2026-02-08', importedAt: start.toISOString() });
    await restoreFromText(db, file(3, [pooled]), 'replace');
    const exported = await exportBackup(db, start);
    expect(exported.schemaVersion).toBe(3);
    expect(exported.tables.contacts).toEqual([expect.objectContaining(pooled)]);
    expect(exported.tables).not.toHaveProperty('imports');
    expect(exported.tables.contacts[0]).not.toHaveProperty('searchWords');
  });
});
