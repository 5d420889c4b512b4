/** What the Today view reads, in one pass over indexes: the due reminders and what goes with them. */
import { backupAgeText, backupDue } from '../../../core/backup/backup-due.ts';
import type { ConfabDb } from '../../../db/database.ts';
import { dueContacts, nextFollowUpMoment } from '../../../db/follow-ups.ts';
import { secondPersonsFor } from '../../../db/second-person.ts';
import { readSettings } from '../../../db/settings-repo.ts';
import { groupDue } from './today-groups.ts';

/** The backup reminder's sentence when one is due and there is something to back up, else null. */
async function backupReminder(db: ConfabDb, now: Date): Promise<string | null> {
  const settings = await readSettings(db);
  // Is there anything to back up: one key is enough (a count would walk every contact).
  if (!backupDue(settings, now) || (await db.contacts.limit(1).primaryKeys()).length === 0) return null;
  return backupAgeText(settings, now);
}

/**
 * Only the contacts with something due (an index range), and when nothing is, the next moment: never
 * every contact. The time is taken at each run, so a reminder that starts with a change (a meeting
 * just marked held) shows with it, not at the next minute.
 */
export async function readToday(db: ConfabDb) {
  const now = new Date();
  // Asked together: each is a round trip to IndexedDB, and neither needs the other.
  const [backup, due] = await Promise.all([backupReminder(db, now), dueContacts(db, now)]);
  // The people who referred someone now owed a thank-you: the method closes that loop as well.
  const referrerSlugs = [
    ...new Set(
      due.flatMap(({ contact, items }) => (contact.referredBy && items.some((i) => i.kind === 'thank-you') ? [contact.referredBy] : [])),
    ),
  ];
  const referrers = new Map((await db.contacts.bulkGet(referrerSlugs)).flatMap((c) => (c ? [[c.slug, c.name] as const] : [])));
  // Whom else to write to, only for the requests whose second person is due: an index query each.
  const seconds = await secondPersonsFor(
    db,
    due.flatMap(({ contact, items }) => (items.some((i) => i.kind === 'second-contact') ? [contact] : [])),
  );
  if (due.length > 0) return { now, backup, groups: groupDue(due, referrers, seconds), next: null };
  const at = await nextFollowUpMoment(db, now);
  const who = at ? await db.contacts.where('followUpAt').equals(at.toISOString()).first() : undefined;
  return { now, backup, groups: [], next: at ? { at: at.toISOString(), name: who?.name ?? null } : null };
}
