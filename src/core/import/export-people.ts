/**
 * The people an export names, one per canonical slug (the key captures use: percent-decoded, lower
 * case), so Connections' `zo%C3%AB-brandt` and Invitations' `zoë-brandt` are one person. Rows about
 * the same person merge: a field already known is kept, an empty one is filled; times keep the
 * earliest or latest as each field means.
 */
import { companyNameOrNull } from '../contacts/company-name.ts';
import { profileRefFromUrl, type ProfileRef } from '../contacts/profile-url.ts';

export interface ExportContact {
  slug: string;
  url: string;
  name: string | null;
  company: string | null;
  position: string | null;
  email: string | null;
  /** `YYYY-MM-DD`. */
  connectedOn: string | null;
  /** ISO time of your outgoing invitation (the earliest, if the export holds several). */
  invitedAt: string | null;
  /** ISO time of the latest message either way. */
  lastMessageAt: string | null;
  /** ISO time of their first message after your first outreach (invitation or message). */
  repliedAt: string | null;
}

type Filled = Partial<Pick<ExportContact, 'name' | 'company' | 'position' | 'email' | 'connectedOn'>>;

const blank = {
  name: null,
  company: null,
  position: null,
  email: null,
  connectedOn: null,
  invitedAt: null,
  lastMessageAt: null,
  repliedAt: null,
};

const text = (value: string | null | undefined) => value?.trim() || null;

export class ExportPeople {
  private readonly people = new Map<string, ExportContact>();
  /** ISO times of each person's messages to you, and of your first outreach to them. */
  private readonly theirMessages = new Map<string, string[]>();
  private readonly firstOutreach = new Map<string, string>();
  /** The text of each person's earliest outgoing invitation, kept as text. */
  private readonly invitations = new Map<string, { at: string; message: string | null }>();

  constructor(private readonly ownerSlug: string | null) {}

  /** The person behind a profile address, made on first sight; null for no address or the owner. */
  person(url: string, fields: Filled = {}): ExportContact | null {
    const ref: ProfileRef | null = profileRefFromUrl(url.trim());
    if (!ref || ref.slug === this.ownerSlug) return null;
    let person = this.people.get(ref.slug);
    if (!person) {
      person = { slug: ref.slug, url: ref.url, ...blank };
      this.people.set(ref.slug, person);
    }
    person.name ??= text(fields.name);
    person.company ??= companyNameOrNull(text(fields.company));
    person.position ??= text(fields.position);
    person.email ??= text(fields.email);
    person.connectedOn ??= fields.connectedOn ?? null;
    return person;
  }

  invited(person: ExportContact, at: string | null, message = ''): void {
    if (!at) return;
    if (!person.invitedAt || at < person.invitedAt) {
      person.invitedAt = at;
      this.invitations.set(person.slug, { at, message: text(message) });
    }
    this.outreach(person, at);
  }

  /** Your earliest invitation's text to this person, or null. */
  invitationMessage(slug: string): string | null {
    return this.invitations.get(slug)?.message ?? null;
  }

  message(person: ExportContact, at: string | null, fromOwner: boolean): void {
    if (!at) return;
    if (!person.lastMessageAt || at > person.lastMessageAt) person.lastMessageAt = at;
    if (fromOwner) this.outreach(person, at);
    else {
      const theirs = this.theirMessages.get(person.slug);
      if (theirs) theirs.push(at);
      else this.theirMessages.set(person.slug, [at]);
    }
  }

  private outreach(person: ExportContact, at: string): void {
    const first = this.firstOutreach.get(person.slug);
    if (!first || at < first) this.firstOutreach.set(person.slug, at);
  }

  /** Everyone, in the order first met, with `repliedAt` worked out. */
  all(): ExportContact[] {
    return [...this.people.values()].map((person) => {
      const since = this.firstOutreach.get(person.slug);
      const replies = since ? (this.theirMessages.get(person.slug) ?? []).filter((at) => at > since) : [];
      return { ...person, repliedAt: replies.length ? replies.reduce((a, b) => (a < b ? a : b)) : null };
    });
  }
}
