/**
 * LinkedIn's maximum of 30,000 connections, with 2,000 invitations and 50,000 messages: read in one
 * pass per file with maps by slug (a quadratic step would take minutes here, past the timeout).
 */
import { describe, expect, it } from 'vitest';
import { readExport } from './read-export.ts';

const url = (i: number) => `https://www.linkedin.com/in/member-${i}`;
const owner = 'https://www.linkedin.com/in/robin-achebe';

function bigExport() {
  const connections = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < 30_000; i += 1) connections.push(`Member,${i},${url(i)},,Company ${i % 500},Role,08 Feb 2026`);
  const invitations = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'];
  for (let i = 0; i < 2_000; i += 1) invitations.push(`Robin Achebe,Member ${i},"1/29/26, 2:37 PM",,OUTGOING,${owner},${url(i)}`);
  const messages = ['CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER'];
  for (let i = 0; i < 50_000; i += 1) {
    const other = i % 5_000;
    const line = i % 2 ? `Member ${other},${url(other)},Robin Achebe,${owner}` : `Robin Achebe,${owner},Member ${other},${url(other)}`;
    messages.push(`c-${other},,${line},2026-02-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00 UTC,,"Hello,\nagain",INBOX`);
  }
  return [
    { name: 'Connections.csv', text: connections.join('\n') },
    { name: 'Invitations.csv', text: invitations.join('\n') },
    { name: 'messages.csv', text: messages.join('\n') },
  ];
}

describe('an export of the largest size', () => {
  it('reads 30,000 connections and 50,000 messages', { timeout: 60_000 }, () => {
    const reading = readExport(bigExport());
    expect(reading.contacts).toHaveLength(30_000);
    expect(reading.files.map((file) => file.rows)).toEqual([30_000, 2_000, 50_000]);
    expect(reading.contacts.filter((c) => c.lastMessageAt)).toHaveLength(5_000);
    expect(reading.contacts.filter((c) => c.invitedAt)).toHaveLength(2_000);
    expect(reading.skipped).toEqual([]);
  });
});
