import type { Contact } from './contact.ts';

export interface PendingThankYou {
  contact: Contact;
  dueAt: string;
  overdue: boolean;
}

const hour = 3_600_000;

/** A thank-you is pending from the moment the conversation is held until the person is thanked. */
export function isThankYouPending(contact: Pick<Contact, 'status'>): boolean {
  return contact.status === 'met';
}

export function thankYouDueAt(metAt: string, delayHours: number): string {
  return new Date(Date.parse(metAt) + delayHours * hour).toISOString();
}

/** Oldest conversation first: the longest-waiting person is thanked first. */
export function pendingThankYous(contacts: readonly Contact[], delayHours: number, now: Date): PendingThankYou[] {
  return contacts
    .filter(isThankYouPending)
    .map((contact) => {
      const metAt = contact.metAt ?? contact.statusChangedAt;
      const dueAt = thankYouDueAt(metAt, delayHours);
      return { contact, dueAt, overdue: Date.parse(dueAt) < now.getTime() };
    })
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.contact.name.localeCompare(b.contact.name));
}
