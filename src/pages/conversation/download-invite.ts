import type { Agenda } from '../../core/conversation/agenda.ts';
import { downloadText } from '../../ui/download-file.ts';

export interface InviteRequest {
  slug: string;
  name: string;
  /** The person's e-mail address, '' when unknown: with one, they are the invite's attendee. */
  email: string;
  /** Where you meet, '' when not set. */
  place: string;
  start: Date;
  agenda: Agenda;
  conversationId: number | null;
}

/**
 * Writes the conversation's .ics and hands it to the browser's downloads; returns the file name.
 * The `ics` writer is loaded only here, when the user asks for an invite: it is about 23 kB gzipped
 * and the page needs it for nothing else.
 */
export async function downloadInvite({ slug, name, email, place, start, agenda, conversationId }: InviteRequest): Promise<string> {
  const { conversationInvite, fileSlug, inviteFileName, inviteWhere } = await import('../../core/conversation/agenda-ics.ts');
  // One UID per conversation: importing the invite again after a change of time updates the event.
  const uid = conversationId === null ? undefined : `confab-${fileSlug(slug) || 'contact'}-conversation-${conversationId}@confab`;
  const result = conversationInvite({
    name,
    start,
    agenda,
    ...inviteWhere(place),
    ...(email ? { attendee: { name, email } } : {}),
    ...(uid ? { uid } : {}),
  });
  if (!result.ok) throw new Error(`The invite could not be made: ${result.error}`);

  const fileName = inviteFileName(name, start);
  void downloadText(fileName, result.ics, 'text/calendar;charset=utf-8');
  return fileName;
}
