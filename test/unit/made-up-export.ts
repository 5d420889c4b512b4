/**
 * A made-up LinkedIn data export of any size (made-up members only), as LinkedIn writes its CSVs:
 * `connections` connections, your invitations to the first `invitations` of them, and `messages`
 * messages both ways with the first 5,000. The read-export scale test and the import bench (P9) use it.
 */
import type { ExportFile } from '../../src/core/import/read-export.ts';

interface Sizes {
  connections: number;
  invitations: number;
  messages: number;
  /** The slug of member i (the bench names some as people already saved). */
  slug?: (i: number) => string;
}

const owner = 'https://www.linkedin.com/in/robin-achebe';

export function madeUpExport({ connections, invitations, messages, slug = (i) => `member-${i}` }: Sizes): ExportFile[] {
  const url = (i: number) => `https://www.linkedin.com/in/${slug(i)}`;
  const connected = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < connections; i += 1) connected.push(`Member,${i},${url(i)},,Company ${i % 500},Role,08 Feb 2026`);
  const invited = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'];
  for (let i = 0; i < invitations; i += 1) invited.push(`Robin Achebe,Member ${i},"1/29/26, 2:37 PM",,OUTGOING,${owner},${url(i)}`);
  const written = ['CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER'];
  for (let i = 0; i < messages; i += 1) {
    const other = i % Math.min(5_000, connections);
    const line = i % 2 ? `Member ${other},${url(other)},Robin Achebe,${owner}` : `Robin Achebe,${owner},Member ${other},${url(other)}`;
    written.push(`c-${other},,${line},2026-02-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00 UTC,,"Hello,\nagain",INBOX`);
  }
  return [
    { name: 'Connections.csv', text: connected.join('\n') },
    { name: 'Invitations.csv', text: invited.join('\n') },
    { name: 'messages.csv', text: written.join('\n') },
  ];
}

const messagesHeader =
  '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n';

/** The time of message i of `bigMessages`: one minute apart from 1 Jan 2026. */
export const bigMessageTime = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();

/**
 * A messages.csv of at least `bytes` bytes as LinkedIn writes it since 2026 (every field quoted,
 * texts of several lines with commas, quotes and non-Latin-1 letters), handed out in pieces of about
 * 64 KB so that a test never holds it whole. Message i is with member i % `people`: round 0 is
 * yours, round 1 their reply, and so on by turns. Returns how many messages it wrote.
 */
export function bigMessages(bytes: number, people: number, onPiece: (piece: Uint8Array) => void): number {
  const encoder = new TextEncoder();
  const text =
    'Thank you for the chat, it helped a lot.\nYou said “start with the people you know”, and I’m doing just that: ' +
    'two calls booked this week, one of them with a team lead at Northwind. ""Quoted"", as they say.\n' +
    'Would it be all right to follow up in a month? Best wishes, and thanks again. Ünïcödé: 日本語 ✓';
  let written = 0;
  let count = 0;
  let piece = messagesHeader;
  while (written + piece.length < bytes) {
    const member = count % people;
    const them = `"Member ${member}","https://www.linkedin.com/in/member-${member}"`;
    const you = `"Robin Achebe","https://www.linkedin.com/in/robin-achebe"`;
    const [from, to] = Math.floor(count / people) % 2 ? [them, you] : [you, them];
    const date = bigMessageTime(count)
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC');
    piece += `"2-c${member}","",${from},${to},"${date}","","${text} ${count}","INBOX",""\n`;
    count += 1;
    if (piece.length > 64 * 1024) {
      const encoded = encoder.encode(piece);
      written += encoded.length;
      onPiece(encoded);
      piece = '';
    }
  }
  if (piece) onPiece(encoder.encode(piece));
  return count;
}
