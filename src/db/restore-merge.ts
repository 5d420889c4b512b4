/**
 * Merging a backup into what this browser holds. Contacts are matched by slug and the newer record
 * wins (by `updatedAt`); a contact's conversations, timeline and drafts follow it, so a contact is
 * never half from one side and half from the other. Employers are matched by name, however spelled
 * ("Acme, Inc." is "ACME"); this browser's settings stay (they are not dated, so neither side is
 * newer), and are taken from the file only when none were ever saved here. Nothing is removed except
 * the rows of a contact the file's newer copy replaces.
 */
import { backupTableNames, type BackupTables, type RestorePreview, type SettingsRow } from '../core/backup/backup-format.ts';
import type { Contact, Conversation, TimelineEvent } from '../core/contacts/contact.ts';
import type { Draft } from '../core/drafting/draft.ts';
import { employerNameKey } from '../core/employers/employer-name.ts';
import type { Employer } from '../core/employers/employers.ts';
import { noChanges, pairById, sameRow, type Paired } from './restore-compare.ts';

export interface MergePlan {
  counts: RestorePreview;
  /** The file's contacts that win, their `employerId` still the file's (see `employerIds`). */
  contacts: Contact[];
  /** The file's employer ids: an employer matched here, or one of `newEmployers` (by its position). */
  employerIds: Map<number, { existing: number } | { added: number }>;
  newEmployers: Employer[];
  conversations: Paired<Conversation>;
  timeline: Paired<TimelineEvent>;
  drafts: { put: Draft[]; remove: [string, Draft['channel']][] };
  settings: SettingsRow | null;
}

const groupBySlug = <Row extends { slug: string }>(rows: readonly Row[]) => {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.slug);
    if (group) group.push(row);
    else groups.set(row.slug, [row]);
  }
  return groups;
};

export function planMerge(current: BackupTables, backup: BackupTables): MergePlan {
  const counts = Object.fromEntries(backupTableNames.map((table) => [table, noChanges(backup[table].length)])) as RestorePreview;

  const employerIds: MergePlan['employerIds'] = new Map();
  const newEmployers: Employer[] = [];
  type Target = { existing: number } | { added: number };
  const byName = new Map<string, Target>(
    current.employers.map((employer) => [employerNameKey(employer.name) || employer.name, { existing: employer.id! }]),
  );
  for (const employer of backup.employers) {
    const name = employerNameKey(employer.name) || employer.name;
    let target = byName.get(name);
    if (target && 'existing' in target) counts.employers.unchanged += 1;
    if (!target) {
      const fresh = { ...employer };
      delete fresh.id;
      target = { added: newEmployers.push(fresh) - 1 };
      byName.set(name, target);
      counts.employers.added += 1;
    }
    if (employer.id !== undefined) employerIds.set(employer.id, target);
  }

  const stored = new Map(current.contacts.map((contact) => [contact.slug, contact]));
  const contacts: Contact[] = [];
  for (const contact of backup.contacts) {
    const here = stored.get(contact.slug);
    if (!here) counts.contacts.added += 1;
    else if (Date.parse(contact.updatedAt) > Date.parse(here.updatedAt)) counts.contacts.updated += 1;
    else {
      counts.contacts.unchanged += 1;
      continue;
    }
    contacts.push(contact);
  }

  const winners = new Set(contacts.map((contact) => contact.slug));
  // The file's rows of a contact whose copy here wins (or of no contact) are not written: unchanged.
  for (const table of ['conversations', 'timeline', 'drafts'] as const) {
    counts[table].unchanged += (backup[table] as readonly { slug: string }[]).filter((row) => !winners.has(row.slug)).length;
  }
  const follow = <Row extends { slug: string; id?: number | undefined }>(
    here: readonly Row[],
    file: readonly Row[],
    table: 'conversations' | 'timeline',
  ) => {
    const mine = groupBySlug(here);
    const theirs = groupBySlug(file);
    const plan: Paired<Row> = { put: [], fileIds: [], remove: [] };
    for (const slug of winners) {
      const paired = pairById(mine.get(slug) ?? [], theirs.get(slug) ?? [], counts[table]);
      plan.put.push(...paired.put);
      plan.fileIds.push(...paired.fileIds);
      plan.remove.push(...paired.remove);
    }
    return plan;
  };

  return {
    counts,
    contacts,
    employerIds,
    newEmployers,
    conversations: follow(current.conversations, backup.conversations, 'conversations'),
    timeline: follow(current.timeline, backup.timeline, 'timeline'),
    drafts: mergeDrafts(current.drafts, backup.drafts, winners, counts),
    settings: mergeSettings(current.settings, backup.settings, counts),
  };
}

function mergeDrafts(
  here: readonly Draft[],
  file: readonly Draft[],
  winners: ReadonlySet<string>,
  counts: RestorePreview,
): MergePlan['drafts'] {
  const key = (draft: Draft) => `${draft.slug}\u0000${draft.channel}`;
  const mine = new Map(here.filter((draft) => winners.has(draft.slug)).map((draft) => [key(draft), draft]));
  const plan: MergePlan['drafts'] = { put: [], remove: [] };
  for (const draft of file.filter((row) => winners.has(row.slug))) {
    const was = mine.get(key(draft));
    mine.delete(key(draft));
    if (was && sameRow(was, draft)) counts.drafts.unchanged += 1;
    else {
      counts.drafts[was ? 'updated' : 'added'] += 1;
      plan.put.push(draft);
    }
  }
  for (const gone of mine.values()) plan.remove.push([gone.slug, gone.channel]);
  counts.drafts.removed += mine.size;
  return plan;
}

function mergeSettings(here: readonly SettingsRow[], file: readonly SettingsRow[], counts: RestorePreview): SettingsRow | null {
  if (here.length > 0) {
    counts.settings.unchanged += 1;
    return null;
  }
  const row = file[0] ?? null;
  if (row) counts.settings.added += 1;
  return row;
}

/**
 * A conversation's meeting notes name the conversation they belong to. Written under another id than
 * in the file, they follow it; true when they changed.
 */
export function retargetConversation(row: Conversation, fileId: number | undefined, id: number): boolean {
  const notes = row.meetingNotes;
  if (!notes || fileId === undefined || fileId === id || notes.conversationId !== fileId) return false;
  notes.conversationId = id;
  return true;
}
