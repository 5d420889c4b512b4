/**
 * The member who made the export: never a contact, and the side of each message and invitation that
 * is "you". The name and headline come from Profile.csv. The profile address comes from the
 * invitations (the inviter of an OUTGOING one, the invitee of an INCOMING one), else from the
 * messages: the sender whose name is the owner's, else the address found in the most conversations
 * (the owner is in every one of them).
 */
import { profileRefFromUrl } from '../contacts/profile-url.ts';
import type { ExportTable } from './export-table.ts';

export interface ExportOwner {
  name: string;
  headline: string | null;
}

export interface OwnerIdentity {
  owner: ExportOwner | null;
  slug: string | null;
}

/** The canonical slug of a profile address cell, or null. */
export const slugOf = (url: string) => profileRefFromUrl(url.trim())?.slug ?? null;

/** Recipient addresses: one, or several separated by commas or spaces. */
export function recipientUrls(cell: string): string[] {
  return cell.split(/[\s,]+/).filter(Boolean);
}

function ownerFromProfile(tables: readonly ExportTable[]): ExportOwner | null {
  const row = tables.find((table) => table.kind === 'profile')?.rows[0];
  if (!row) return null;
  const name = `${row.cell('first name').trim()} ${row.cell('last name').trim()}`.trim();
  return name ? { name, headline: row.cell('headline').trim() || null } : null;
}

function slugFromInvitations(tables: readonly ExportTable[]): string | null {
  for (const table of tables.filter((t) => t.kind === 'invitations'))
    for (const row of table.rows) {
      const direction = row.cell('direction').trim().toUpperCase();
      const url = direction === 'OUTGOING' ? row.cell('inviterprofileurl') : direction === 'INCOMING' ? row.cell('inviteeprofileurl') : '';
      const slug = slugOf(url);
      if (slug) return slug;
    }
  return null;
}

function slugFromMessages(tables: readonly ExportTable[], name: string | null): string | null {
  const conversations = new Map<string, number>();
  const seen = new Set<string>();
  for (const table of tables.filter((t) => t.kind === 'messages'))
    for (const row of table.rows) {
      const sender = slugOf(row.cell('sender profile url'));
      if (sender && name && row.cell('from').trim() === name) return sender;
      const conversation = row.cell('conversation id');
      for (const slug of [sender, ...recipientUrls(row.cell('recipient profile urls')).map(slugOf)]) {
        if (!slug || seen.has(`${conversation}\n${slug}`)) continue;
        seen.add(`${conversation}\n${slug}`);
        conversations.set(slug, (conversations.get(slug) ?? 0) + 1);
      }
    }
  let best: string | null = null;
  let count = 1;
  for (const [slug, n] of conversations) if (n > count) [best, count] = [slug, n];
  return best;
}

export function findOwner(tables: readonly ExportTable[]): OwnerIdentity {
  const owner = ownerFromProfile(tables);
  return { owner, slug: slugFromInvitations(tables) ?? slugFromMessages(tables, owner?.name ?? null) };
}
