/**
 * An applied import as the `imports` table keeps it: when, the export's day, the preview's counts,
 * and exactly what undoing it needs (the contacts it changed as they were before, the ones it
 * created, the timeline events it added). Not in backups: undo is for this database only.
 */
import type { Contact } from '../contacts/contact.ts';

export interface ImportRecord {
  id?: number;
  at: string;
  exportedOn: string | null;
  counts: { connections: number; newPeople: number; matched: number; missing: number; changed: number };
  undo: {
    /** The rows of the contacts the import changed, as they were before it. */
    before: Contact[];
    /** The slugs of the contacts it created. */
    created: string[];
    /** The ids of the timeline events it added. */
    timelineIds: number[];
  };
}
