/**
 * The facts an export gives about someone already saved, merged into their record. Empty export
 * fields never blank a saved field; the fields the person typed stay, except the job (company and
 * position), which follows the newer evidence: the export's, unless a capture of their LinkedIn page
 * is newer than the export. A job that changed since the last import or capture (the saved title and
 * company come from one of them) is a "changed jobs" event, worded as a re-capture words it.
 */
import { jobChange, role, type CaptureSnapshot } from '../contacts/capture-changes.ts';
import type { Contact } from '../contacts/contact.ts';
import { z } from '../z.ts';
import type { ImportContact } from './import-reading.ts';

export interface MergedFacts {
  contact: Contact;
  /** The labels of the fields filled or updated (see ImportChange). */
  filled: string[];
  changedJobs: { before: string; after: string; detail: string } | null;
}

const email = z.email();

/** An export address Confab can keep (the contact schema accepts only valid ones). */
export const usableEmail = (value: string | null) => (value && email.safeParse(value).success ? value : null);

const snapshot = (title: string, company: string): CaptureSnapshot => ({
  name: '',
  headline: '',
  location: '',
  currentTitle: title,
  currentCompany: company,
});

/** A capture made after the export's day shows LinkedIn as it is now: it wins over the export. */
function captureIsNewer(contact: Contact, exportedOn: string | null): boolean {
  return Boolean(contact.lastCapturedAt && exportedOn && contact.lastCapturedAt.slice(0, 10) > exportedOn);
}

function mergedJob(contact: Contact, person: ImportContact, exportedOn: string | null, filled: string[]) {
  const title = person.position ?? '';
  const company = person.company ?? '';
  if ((!title && !company) || captureIsNewer(contact, exportedOn)) return { job: {}, changedJobs: null };
  const before = snapshot(contact.currentTitle, contact.currentCompany);
  const after = snapshot(title || contact.currentTitle, company || contact.currentCompany);
  const hadJob = Boolean(contact.currentTitle || contact.currentCompany);
  const detail = hadJob ? jobChange(before, after) : null;
  if (after.currentCompany !== contact.currentCompany && (detail || !contact.currentCompany)) filled.push('Company');
  if (after.currentTitle !== contact.currentTitle && (detail || !contact.currentTitle)) filled.push('Position');
  const job =
    detail || !hadJob
      ? { currentTitle: after.currentTitle, currentCompany: after.currentCompany }
      : // The same job in other words (a tagline, a case): what the person has stays, gaps are filled.
        { currentTitle: contact.currentTitle || after.currentTitle, currentCompany: contact.currentCompany || after.currentCompany };
  return { job, changedJobs: detail ? { before: role(before), after: role(after), detail } : null };
}

/** The record with the export's facts about this person, at the import's moment `at`. */
export function mergeFacts(contact: Contact, person: ImportContact, exportedOn: string | null, at: string): MergedFacts {
  const filled: string[] = [];
  const { job, changedJobs } = mergedJob(contact, person, exportedOn, filled);
  const facts: Partial<Contact> = { ...job, importedAt: at, missingFromExportAt: null };
  const address = usableEmail(person.email);
  if (!contact.email && address) {
    facts.email = address;
    filled.push('E-mail');
  }
  if (person.connectedOn && person.connectedOn !== contact.connectedOn) {
    facts.connectedOn = person.connectedOn;
    filled.push('Connected on');
  }
  if (person.lastMessageAt && (!contact.lastContactedAt || person.lastMessageAt > contact.lastContactedAt)) {
    facts.lastContactedAt = person.lastMessageAt;
    filled.push('Last contacted');
  }
  if (person.invitedAt && person.invitedAt !== contact.invitedAt) {
    facts.invitedAt = person.invitedAt;
    filled.push('Invited');
  }
  return { contact: { ...contact, ...facts }, filled, changedJobs };
}
