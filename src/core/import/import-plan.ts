/**
 * An import of LinkedIn's data export, planned without writing anything: the rows to write, the
 * timeline events to add, what undo needs, and the preview the person sees first. Pure and linear in
 * the export (maps by slug): the repository reads the saved contacts it names by bulkGet, then
 * writes this plan in one transaction.
 */
import { contactSchema, type Contact, type TimelineEvent } from '../contacts/contact.ts';
import { profileRefFromUrl } from '../contacts/profile-url.ts';
import { evidenceDay, evidenceMoves, fromExport } from './import-evidence.ts';
import { mergeFacts, usableEmail } from './import-merge.ts';
import type { ImportChange, ImportPreview } from './import-preview.ts';
import type { ImportContact, ImportReading } from './import-reading.ts';

export interface ImportPlan {
  preview: ImportPreview;
  /** Every contact row to write (created and changed); followUpAt is the repository's to compute. */
  rows: Contact[];
  /** The saved contacts the rows change, as they are before the import. */
  before: Contact[];
  created: string[];
  events: TimelineEvent[];
}

type Event = Omit<TimelineEvent, 'id'>;

const event = (slug: string, at: string, kind: TimelineEvent['kind'], detail: string, extra: Partial<Event> = {}): Event => ({
  slug,
  at,
  kind,
  from: null,
  to: null,
  detail,
  note: '',
  before: null,
  ...extra,
});

/** The people of the export whose address is a profile address and whose slug is its canonical slug. */
function checkedPeople(reading: ImportReading): ImportContact[] {
  const seen = new Set<string>();
  return reading.contacts.filter((person) => {
    const ref = profileRefFromUrl(person.url);
    if (!ref || ref.slug !== person.slug || seen.has(person.slug)) return false;
    seen.add(person.slug);
    return true;
  });
}

function newNetworkContact(
  template: Contact,
  person: ImportContact,
  exportedOn: string | null,
  at: string,
): { contact: Contact; event: Event } {
  const contact: Contact = {
    ...template,
    slug: person.slug,
    url: profileRefFromUrl(person.url)!.url,
    name: person.name?.trim().slice(0, 500) || person.slug,
    currentTitle: person.position?.trim() ?? '',
    currentCompany: person.company?.trim() ?? '',
    email: usableEmail(person.email) ?? '',
    connectedOn: person.connectedOn,
    invitedAt: person.invitedAt,
    lastContactedAt: person.lastMessageAt,
    importedAt: at,
    experience: [],
    education: [],
    tags: [],
    captureHistory: [],
    dueStates: {},
  };
  const connected = person.connectedOn ? `, connected ${evidenceDay(person.connectedOn)}` : '';
  return {
    contact,
    event: event(person.slug, at, 'saved', `From your LinkedIn network${connected}${fromExport(exportedOn)}`, { to: 'network' }),
  };
}

/** What a matched contact becomes: the export's facts, then the moves they prove. */
function mergedContact(saved: Contact, person: ImportContact, exportedOn: string | null, at: string) {
  const merged = mergeFacts(saved, person, exportedOn, at);
  const { contact, moves } = evidenceMoves(merged.contact, person, exportedOn);
  const events: Event[] = moves.map(({ event: move, evidence }) =>
    event(saved.slug, move.at, 'status', evidence, { from: move.from, to: move.to, note: move.note, before: move.before }),
  );
  if (merged.changedJobs) events.push(event(saved.slug, at, 'changedJobs', merged.changedJobs.detail));
  const change: ImportChange = {
    slug: saved.slug,
    name: contact.name,
    filled: merged.filled,
    moves: moves.map(({ event: move, evidence }) => ({ from: move.from, to: move.to, at: move.at, evidence })),
    changedJobs: merged.changedJobs && { before: merged.changedJobs.before, after: merged.changedJobs.after },
  };
  const changed = change.filled.length > 0 || change.moves.length > 0 || change.changedJobs !== null;
  return { contact: { ...contact, updatedAt: at }, events, change: changed ? change : null };
}

/**
 * The plan of an import at `now`. `saved` holds the saved contacts among the export's slugs (found by
 * bulkGet); `notListed` the saved contacts absent from the export that the repository found (only
 * those of source network are marked missing).
 */
export function planImport(
  reading: ImportReading,
  saved: ReadonlyMap<string, Contact>,
  notListed: readonly Contact[],
  now: Date,
): ImportPlan {
  const at = now.toISOString();
  const { exportedOn } = reading;
  const template = contactSchema.parse({
    name: 'x',
    url: 'https://www.linkedin.com/in/x/',
    slug: 'x',
    status: 'network',
    source: 'network',
    createdAt: at,
    updatedAt: at,
    statusChangedAt: at,
  });
  const rows: Contact[] = [];
  const before: Contact[] = [];
  const created: string[] = [];
  const events: Event[] = [];
  const changes: ImportChange[] = [];
  const people = checkedPeople(reading);
  for (const person of people) {
    const existing = saved.get(person.slug);
    if (!existing) {
      const fresh = newNetworkContact(template, person, exportedOn, at);
      rows.push(fresh.contact);
      events.push(fresh.event);
      created.push(person.slug);
      continue;
    }
    const merged = mergedContact(existing, person, exportedOn, at);
    before.push(existing);
    rows.push(merged.contact);
    events.push(...merged.events);
    if (merged.change) changes.push(merged.change);
  }
  const listed = new Set(people.map((person) => person.slug));
  const missing = notListed.filter((contact) => contact.source === 'network' && !listed.has(contact.slug));
  for (const contact of missing.filter((c) => !c.missingFromExportAt)) {
    before.push(contact);
    rows.push({ ...contact, missingFromExportAt: at, updatedAt: at });
    events.push(event(contact.slug, at, 'updated', `No longer in your LinkedIn network${fromExport(exportedOn)}; kept here`));
  }
  const preview: ImportPreview = {
    exportedOn,
    connections: people.filter((person) => person.connectedOn).length,
    invitationsSent: reading.invitationsSent,
    invitationsPending: reading.invitationsPending,
    conversations: reading.conversations,
    newPeople: created.length,
    matched: people.length - created.length,
    missing: missing.length,
    changes: changes.sort((a, b) => a.name.localeCompare(b.name)),
    skipped: reading.skipped,
  };
  return { preview, rows, before, created, events };
}
