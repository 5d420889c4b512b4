/** Whom Draft lists: a page of contacts from the indexes, never the whole table (30,000 is LinkedIn's cap). */
import type { Contact } from '../../../core/contacts/contact.ts';
import { inPipeline, pipelineStatuses } from '../../../core/pipeline/status.ts';
import type { ConfabDb } from '../../../db/database.ts';

/** As many as a list in a popup can usefully hold; everyone is on the contacts page. */
export const listedAtMost = 100;

export interface DraftChoices {
  /** By name: the most recently updated, the ones Draft may open on, and the first by name of all. */
  list: Contact[];
  /** How many contacts the pipeline holds in all. */
  total: number;
}

/**
 * `wanted`: the contacts Draft may open on (the page's person, the remembered one), read by key so
 * they are listed whenever they exist. The first by name of all is listed too: Draft falls back to it.
 */
export async function readDraftChoices(db: ConfabDb, wanted: ReadonlyArray<string | null | undefined>): Promise<DraftChoices> {
  const keys = [...new Set(wanted.filter((slug): slug is string => !!slug))];
  const [recent, named, first, total] = await Promise.all([
    // The imported network is not the pipeline: a request starts from a prospect (the network page makes one).
    db.contacts
      .orderBy('updatedAt')
      .reverse()
      .filter((contact) => inPipeline(contact.status))
      .limit(listedAtMost)
      .toArray(),
    db.contacts.bulkGet(keys),
    // The contacts list's first by name, from its own index (the pipeline, not archived).
    db.contacts.orderBy('listName').first(),
    // A native count per status: anyOf's count walks a cursor over every key in script.
    Promise.all(pipelineStatuses.map((status) => db.contacts.where('status').equals(status).count())).then((counts) =>
      counts.reduce((sum, n) => sum + n, 0),
    ),
  ]);
  const bySlug = new Map<string, Contact>();
  for (const contact of [...recent, ...named, first]) if (contact) bySlug.set(contact.slug, contact);
  return { list: [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name)), total };
}
