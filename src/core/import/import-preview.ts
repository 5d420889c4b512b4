/**
 * What an import of LinkedIn's data export would do, shown before anything is written (and answered
 * again once it is): the counts, the people it creates, what changes for each matched contact with
 * the evidence of each move, and what was skipped and why.
 */
import type { Status } from '../pipeline/status.ts';

/** @public: one of ImportChange's moves, for the import page. */
export interface ImportMove {
  from: Status;
  to: Status;
  at: string;
  evidence: string;
}

export interface ImportChange {
  slug: string;
  name: string;
  /** Labels of the fields the import fills or updates: 'Company', 'Position', 'E-mail', 'Connected on', 'Last contacted', 'Invited'. */
  filled: string[];
  /** Evidence moves, in order. */
  moves: ImportMove[];
  /** "Title at Company" before and after. */
  changedJobs: { before: string; after: string } | null;
}

export interface ImportPreview {
  exportedOn: string | null;
  connections: number;
  invitationsSent: number;
  invitationsPending: number;
  conversations: number;
  /** Contacts the import creates (status network, source network). */
  newPeople: number;
  /** People of the export already saved. */
  matched: number;
  /** Network-sourced contacts absent from this export (marked, kept). */
  missing: number;
  /** Matched contacts that change, name order. */
  changes: ImportChange[];
  skipped: { file: string; line: number; reason: string }[];
}
