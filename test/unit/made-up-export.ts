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
