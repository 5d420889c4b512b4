/**
 * Importing LinkedIn's data export: the plan (core/import/import-plan.ts) read against the saved
 * contacts the export names, then written in ONE transaction over contacts, timeline and imports,
 * reminders computed as every write does. Saved contacts are read by bulkGet of the export's slugs,
 * never by a scan; the rows go in with bulkPut and bulkAdd, without an await per row. The import keeps
 * exactly what undoing it needs, and undo puts it all back in one transaction. Watched from the page
 * (a `Task`), the reads and writes go a step of rows at a time, counted, and a Cancel before the last
 * write leaves the database as it was (see rows-in-steps.ts).
 */
import type { Contact } from '../core/contacts/contact.ts';
import { planImport, type ImportPlan } from '../core/import/import-plan.ts';
import type { ImportPreview } from '../core/import/import-preview.ts';
import type { ImportReading } from '../core/import/import-reading.ts';
import type { ImportRecord } from '../core/import/import-record.ts';
import { noTask, type Task } from '../core/progress/progress.ts';
import { recomputeFollowUps } from './backup-follow-ups.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';
import { readSettings } from './settings-repo.ts';
import { addInSteps, getInSteps, putInSteps } from './rows-in-steps.ts';

const tables = (db: ConfabDb) => [db.contacts, db.timeline, db.imports, db.conversations, db.settings];

async function planOn(db: ConfabDb, reading: ImportReading, now: Date, task: Task, inTransaction: boolean): Promise<ImportPlan> {
  const slugs = reading.contacts.map((person) => person.slug);
  const found = await getInSteps<Contact, string>(db.contacts, slugs, 'people', task, inTransaction);
  const saved = new Map<string, Contact>();
  for (const contact of found) if (contact) saved.set(contact.slug, contact);
  // Only keys are read to find who is not listed; the rows of those few are then read by key.
  const listed = new Set(slugs);
  const others = ((await db.contacts.toCollection().primaryKeys()) as string[]).filter((slug) => !listed.has(slug));
  const notListed = (await db.contacts.bulkGet(others)).filter((contact): contact is Contact => contact?.source === 'network');
  task.report({ step: 'comparing', unit: 'people', done: 0, total: 0, cancellable: true });
  if (!inTransaction) await task.pause();
  return planImport(reading, saved, notListed, now);
}

/**
 * What the import would do; reads only. Not in one transaction, so that a Cancel can land between
 * its steps: what it shows is checked again when the import plans its writes in its own.
 */
export async function previewImport(
  db: ConfabDb,
  reading: ImportReading,
  now: Date = new Date(),
  task: Task = noTask,
): Promise<ImportPreview> {
  return (await planOn(db, reading, now, task, false)).preview;
}

/** Writes the import; answers its id (for Undo) and what it did. */
export async function applyImport(
  db: ConfabDb,
  reading: ImportReading,
  now: Date = new Date(),
  task: Task = noTask,
): Promise<{ id: number; preview: ImportPreview }> {
  return db.transaction('rw', tables(db), async () => {
    const plan = await planOn(db, reading, now, task, true);
    const pipeline = plan.rows.filter((row) => row.status !== 'network').map((row) => row.slug);
    const conversations = pipeline.length ? await db.conversations.where('slug').anyOf(pipeline).toArray() : [];
    recomputeFollowUps(plan.rows, conversations, await readSettings(db), now);
    await putInSteps(db.contacts, plan.rows, 'contacts', task);
    const timelineIds = (await addInSteps(db.timeline, plan.events, 'timeline events', task)) as number[];
    task.check();
    // Past this point the transaction commits whatever comes: a Cancel now would come too late.
    task.report({ step: 'finishing', unit: 'contacts', done: 0, total: 0, cancellable: false });
    const { preview } = plan;
    const record: ImportRecord = {
      at: now.toISOString(),
      exportedOn: preview.exportedOn,
      counts: {
        connections: preview.connections,
        newPeople: preview.newPeople,
        matched: preview.matched,
        missing: preview.missing,
        changed: preview.changes.length,
      },
      undo: { before: plan.before, created: plan.created, timelineIds },
    };
    const id = (await db.imports.add(record)) as number;
    return { id, preview };
  });
}

/**
 * Puts the database back as it was before the import: the contacts it changed as they were, the ones
 * it created gone, the events it added gone, and its record gone. Refused, changing nothing, when a
 * later import exists or a contact it wrote was changed since (undo would silently lose that change).
 */
export async function undoImport(db: ConfabDb, id: number): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    const record = await db.imports.get(id);
    if (!record) throw new ContactError('This import is not in the database any more: there is nothing to undo.');
    if ((await db.imports.where('id').above(id).count()) > 0)
      throw new ContactError('A later import was made after this one: undo that one first.');
    const { before, created, timelineIds } = record.undo;
    const written = [...before.map((contact) => contact.slug), ...created];
    const current = await db.contacts.bulkGet(written);
    const stale = current.findIndex((contact) => contact?.updatedAt !== record.at);
    if (stale !== -1)
      throw new ContactError(
        `${current[stale]?.name ?? written[stale]} changed after the import (or was deleted): undoing it would lose that change. Nothing was undone.`,
      );
    await db.contacts.bulkDelete(created);
    await db.contacts.bulkPut(before);
    await db.timeline.bulkDelete(timelineIds);
    await db.imports.delete(id);
    return written.length;
  });
}
