/**
 * A database with something in every table, written through the repositories as the extension writes
 * it, and a snapshot of every table to compare a database before and after.
 */
import 'fake-indexeddb/auto';
import { backupTableNames, type BackupTableName } from '../../src/core/backup/backup-format.ts';
import { saveContact } from '../../src/db/contacts-repo.ts';
import { updateContactDetails } from '../../src/db/contact-details-repo.ts';
import { saveConversation } from '../../src/db/conversations-repo.ts';
import type { ConfabDb } from '../../src/db/database.ts';
import { saveDraft } from '../../src/db/drafts-repo.ts';
import { saveEmployer } from '../../src/db/employers-repo.ts';
import { moveContact } from '../../src/db/moves-repo.ts';
import { writeSettings } from '../../src/db/settings-repo.ts';
import { timingDefaults } from '../../src/core/reminders/timing-settings.ts';
import { avery } from './test-db.ts';

export const start = new Date('2026-03-02T09:00:00.000Z');
export const later = (days: number) => new Date(start.getTime() + days * 86_400_000);

export const kim = {
  ...avery,
  name: 'Kim Ode',
  url: 'https://www.linkedin.com/in/kim-ode/',
  currentCompany: 'City Museum',
  notes: '<script>alert("hi")</script> & <b>bold</b>',
};

/** Avery (met, thanked soon), Kim (requested), an employer, drafts, settings with a cadence tag named “prototype”. */
export async function fillDatabase(db: ConfabDb): Promise<void> {
  const acme = await saveEmployer(db, { name: 'ACME', advocacy: true, motivation: 3, posting: 1 });
  await saveContact(db, { fields: avery, capture: null }, start);
  await saveContact(db, { fields: kim, capture: null }, start);
  await moveContact(db, 'avery-quinlan', 'requested', later(1));
  await moveContact(db, 'avery-quinlan', 'accepted', later(2));
  await saveConversation(db, { slug: 'avery-quinlan', scheduledFor: later(5).toISOString() });
  await moveContact(db, 'avery-quinlan', 'met', later(5));
  await moveContact(db, 'kim-ode', 'requested', later(3), 'Sent as InMail');
  await updateContactDetails(db, 'kim-ode', { tags: ['prototype', 'alumni'], employerId: acme.id!, referredBy: 'avery-quinlan' }, later(3));
  await saveDraft(db, { slug: 'kim-ode', channel: 'inmail', subject: 'Hello', body: 'Hi Kim, <img src=x onerror=alert(1)>' }, later(3));
  await saveDraft(db, { slug: 'avery-quinlan', channel: 'email', subject: '', body: 'Thank you, Avery' }, later(5));
  await writeSettings(db, { premium: true, timing: { ...timingDefaults, keepInTouchDaysByTag: { prototype: 30, constructor: 60 } } });
}

export type Snapshot = Record<BackupTableName, unknown[]>;

/** Every row of every table, in key order. */
export async function snapshot(db: ConfabDb): Promise<Snapshot> {
  const rows = await Promise.all(backupTableNames.map((name) => db.table(name).toArray()));
  return Object.fromEntries(backupTableNames.map((name, i) => [name, rows[i]])) as Snapshot;
}
