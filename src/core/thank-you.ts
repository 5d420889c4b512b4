import type { Contact } from './contact.ts';

export interface PendingThankYou {
  contact: Contact;
  dueAt: string;
  /** When it turns late (the method: within a day, two at most). */
  overdueAt: string;
  overdue: boolean;
}

/** The thank-you's two moments after the meeting, in hours (settings: 24 and 48 by default). */
export interface ThankYouTiming {
  thankYouDelayHours: number;
  thankYouOverdueHours: number;
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
export function pendingThankYous(contacts: readonly Contact[], timing: ThankYouTiming, now: Date): PendingThankYou[] {
  const overdueHours = Math.max(timing.thankYouOverdueHours, timing.thankYouDelayHours);
  return contacts
    .filter(isThankYouPending)
    .map((contact) => {
      const metAt = contact.metAt ?? contact.statusChangedAt;
      const overdueAt = thankYouDueAt(metAt, overdueHours);
      return { contact, dueAt: thankYouDueAt(metAt, timing.thankYouDelayHours), overdueAt, overdue: Date.parse(overdueAt) < now.getTime() };
    })
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.contact.name.localeCompare(b.contact.name));
}
