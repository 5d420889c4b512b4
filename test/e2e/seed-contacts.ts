/**
 * Many contacts at once for the contacts list: built here, shaped as contactSchema's defaults leave a
 * record, and written straight into IndexedDB from an extension page in one transaction (thousands
 * of saveContact messages would take minutes). Deterministic, so the tests know every count.
 */
import type { Page } from 'playwright-core';
import { pipelineStatuses } from '../../src/core/pipeline/status.ts';
import { storedContact as readStored } from './pipeline-messages.ts';
import { indexFieldsOf } from '../../src/db/search-words-middleware.ts';

const firsts = [
  'Ada',
  'Bea',
  'Cyrus',
  'Dara',
  'Emil',
  'Farah',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kemal',
  'Lena',
  'Milo',
  'Noor',
  'Otto',
  'Pia',
];
const lasts = ['Abbott', 'Brandt', 'Castillo', 'Dunn', 'Eriksen', 'Foster', 'Garcia', 'Hughes', 'Ito', 'Jensen', 'Kowalski', 'Lund'];
const companies = ['Northwind Traders', 'Fabrikam', 'Contoso', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works'];
const titles = ['Data Engineer', 'Product Manager', 'UX Researcher', 'Account Executive', 'Nurse Practitioner'];
/** Spread over every status of the pipeline, in its order (the network pool has its own page). */
export const seedStatuses = pipelineStatuses;

export interface SeedContact {
  slug: string;
  name: string;
  status: (typeof seedStatuses)[number];
  tags: string[];
  [field: string]: unknown;
}

/** A contact record as it is stored, every defaulted field present. */
export function storedContact(
  slug: string,
  name: string,
  fields: Partial<SeedContact> & Record<string, unknown> = {},
  at = new Date('2026-03-02T10:00:00Z'),
): SeedContact {
  const iso = at.toISOString();
  const status = fields.status ?? 'prospect';
  return {
    slug,
    name,
    url: `https://www.linkedin.com/in/${slug}/`,
    status,
    headline: '',
    currentTitle: '',
    currentCompany: '',
    location: '',
    notes: '',
    about: '',
    experience: [],
    education: [],
    createdAt: iso,
    updatedAt: iso,
    statusChangedAt: iso,
    requestedAt: null,
    scheduledFor: null,
    metAt: status === 'met' ? iso : null,
    thankedAt: null,
    lastTouchAt: null,
    adviceActedOnAt: null,
    loopClosedAt: null,
    keepInTouchDays: null,
    tags: [],
    employerId: null,
    referredBy: null,
    followUpAt: null,
    dueStates: {},
    lastCapturedAt: null,
    lastCapture: null,
    connection: '',
    captureHistory: [],
    email: '',
    meetingPlace: '',
    archivedAt: null,
    ...fields,
  };
}

/** `count` made-up people: status, tags and company cycle, so each filter's count is known. */
export function manyContacts(count: number): SeedContact[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${firsts[i % firsts.length]} ${lasts[Math.floor(i / firsts.length) % lasts.length]} ${String(i).padStart(4, '0')}`;
    // Cycles of different lengths, so that every combination of filters finds someone.
    const tags = [...(i % 7 === 0 ? ['mentor'] : []), ...(i % 4 === 1 ? ['alumni'] : [])];
    const company = companies[Math.floor(i / 3) % companies.length]!;
    const title = titles[Math.floor(i / 2) % titles.length]!;
    const updated = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000);
    return storedContact(
      `seed-${i}`,
      name,
      {
        status: seedStatuses[i % seedStatuses.length],
        tags,
        currentCompany: company,
        currentTitle: title,
        headline: `${title} at ${company}`,
      },
      updated,
    );
  });
}

/** Writes the contacts in one readwrite transaction, from a page of the extension (its origin holds the database). */
/**
 * Written past Dexie, as a fast seed: each row carries the index fields the database's middleware
 * would have set on a write (the search words, the name keys), as every real write has them.
 */
export async function putContacts(page: Page, contacts: readonly SeedContact[]): Promise<void> {
  const rows = contacts.map((contact) => ({ ...contact, ...definedIndexFields(contact) }));
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('confab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('contacts', 'readwrite');
          const store = tx.objectStore('contacts');
          for (const row of rows) store.put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

const definedIndexFields = (contact: SeedContact) =>
  Object.fromEntries(
    Object.entries(indexFieldsOf(contact as unknown as Record<string, unknown>)).filter(([, value]) => value !== undefined),
  );

/** Messages and stored records: the helpers the pipeline tests use too. */
export { message } from './pipeline-messages.ts';

/** The stored contact record, read straight from IndexedDB (it must exist). */
export async function readContact(page: Page, slug: string): Promise<Record<string, unknown>> {
  const contact = await readStored(page, slug);
  if (!contact) throw new Error(`no stored contact ${slug}`);
  return contact;
}
