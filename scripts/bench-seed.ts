/**
 * Made-up contacts and conversations for the speed measures, written straight into the extension's
 * IndexedDB from one of its pages (as a restored backup would be), in the shape the schemas give.
 */
import type { Page } from 'playwright-core';
import { contactSchema, conversationSchema, type Contact, type Conversation } from '../src/core/contacts/contact.ts';
import { indexFieldsOf } from '../src/db/search-words-middleware.ts';

const day = 86_400_000;

/**
 * `count` people, `pending` of them met yesterday and owed a thank-you (a person has a handful of those
 * at a time, however long their history); the rest thanked long ago and kept in touch later.
 */
export function madeUpPeople(count: number, now: Date, pending = 10): { contacts: Contact[]; conversations: Conversation[] } {
  const iso = (days: number) => new Date(now.getTime() + days * day).toISOString();
  const base = contactSchema.parse({
    slug: 'x',
    name: 'X',
    url: 'https://www.linkedin.com/in/x/',
    status: 'thanked',
    createdAt: iso(-400),
    updatedAt: iso(-400),
    statusChangedAt: iso(-300),
    thankedAt: iso(-300),
    metAt: iso(-301),
  });
  const contacts: Contact[] = [];
  const conversations: Conversation[] = [];
  for (let i = 0; i < count; i += 1) {
    const slug = `made-up-person-${i}`;
    const every = Math.max(1, Math.floor(count / pending));
    const met = i % every === 0 && i / every < pending;
    contacts.push({
      ...base,
      slug,
      name: `Person ${String(i).padStart(6, '0')}`,
      url: `https://www.linkedin.com/in/${slug}/`,
      currentCompany: `Company ${i % 500}`,
      ...(met
        ? { status: 'met' as const, metAt: iso(-1), statusChangedAt: iso(-1), thankedAt: null, followUpAt: iso(-1) }
        : { followUpAt: iso(10 + (i % 80)) }),
    });
    conversations.push(conversationSchema.parse({ id: i + 1, slug, scheduledFor: null, heldAt: met ? iso(-1) : iso(-301) }));
  }
  return { contacts, conversations };
}

/**
 * Replaces the contacts and conversations of the extension's database, in chunks. Written past Dexie,
 * so each row carries the index fields its middleware would have set.
 */
export async function seed(page: Page, count: number, now: Date, pending = 10): Promise<void> {
  const people = madeUpPeople(count, now, pending);
  const contacts = people.contacts.map((contact) => ({ ...contact, ...indexFieldsOf(contact) }));
  const { conversations } = people;
  await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('confab');
    open.onsuccess = () => {
      const tx = open.result.transaction(['contacts', 'conversations'], 'readwrite');
      tx.objectStore('contacts').clear();
      tx.objectStore('conversations').clear();
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
  const chunk = 5_000;
  for (let at = 0; at < count; at += chunk) {
    await page.evaluate(
      `((contacts, conversations) => new Promise((resolve, reject) => {
        const open = indexedDB.open('confab');
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'conversations'], 'readwrite');
          for (const c of contacts) tx.objectStore('contacts').put(c);
          for (const c of conversations) tx.objectStore('conversations').put(c);
          tx.oncomplete = () => { open.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      }))(${JSON.stringify(contacts.slice(at, at + chunk))}, ${JSON.stringify(conversations.slice(at, at + chunk))})`,
    );
  }
}
