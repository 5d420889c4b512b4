/**
 * LinkedIn's maximum of 30,000 connections, with 2,000 invitations and 50,000 messages: read in one
 * pass per file with maps by slug (a quadratic step would take minutes here, past the timeout). And a
 * zip with a 50 MB messages.csv, made and read piece by piece as the import page's worker reads it.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bigMessages, bigMessageTime, madeUpExport } from '../../../test/unit/made-up-export.ts';
import { readImport } from './import-reading.ts';
import { readExport } from './read-export.ts';
import type { ReadProgress } from './read-progress.ts';

describe('an export of the largest size', () => {
  it('reads 30,000 connections and 50,000 messages', { timeout: 60_000 }, () => {
    const reading = readExport(madeUpExport({ connections: 30_000, invitations: 2_000, messages: 50_000 }));
    expect(reading.contacts).toHaveLength(30_000);
    expect(reading.files.map((file) => file.rows)).toEqual([30_000, 2_000, 50_000]);
    expect(reading.contacts.filter((c) => c.lastMessageAt)).toHaveLength(5_000);
    expect(reading.contacts.filter((c) => c.invitedAt)).toHaveLength(2_000);
    expect(reading.skipped).toEqual([]);
  });

  it('reads a zip with a 50 MB messages.csv as it inflates, telling its progress about every megabyte', { timeout: 60_000 }, () => {
    const people = 5_000;
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, part) => {
      if (error) throw error;
      parts.push(part);
    });
    const profile = new ZipPassThrough('Basic_LinkedInDataExport_03-01-2026/Profile.csv');
    zip.add(profile);
    profile.push(strToU8('First Name,Last Name,Headline\nRobin,Achebe,Product analyst'), true);
    const messages = new ZipDeflate('Basic_LinkedInDataExport_03-01-2026/messages.csv', { level: 1 });
    zip.add(messages);
    const count = bigMessages(50 * 1024 * 1024, people, (piece) => messages.push(piece));
    messages.push(new Uint8Array(0), true);
    zip.end();
    const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    parts.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);

    const told: ReadProgress[] = [];
    const reading = readImport([{ name: 'Basic_LinkedInDataExport_03-01-2026.zip', bytes }], undefined, (progress) => told.push(progress));
    expect(reading.files.map((file) => [file.kind, file.rows])).toEqual([
      ['profile', 1],
      ['messages', count],
    ]);
    expect(reading.owner?.name).toBe('Robin Achebe');
    expect(reading.contacts).toHaveLength(people);
    expect(reading.conversations).toBe(people);
    expect(reading.skipped).toEqual([]);
    // Member k's messages are k, k + 5,000, k + 10,000, …: the first yours, the second their reply.
    for (const [k, contact] of reading.contacts.entries()) {
      expect(contact.slug).toBe(`member-${k}`);
      expect(contact.lastMessageAt).toBe(bigMessageTime(k + people * Math.floor((count - 1 - k) / people)));
      expect(contact.repliedAt).toBe(bigMessageTime(k + people));
    }
    const total = told.at(-1)!.total;
    expect(total).toBeGreaterThan(50 * 1024 * 1024);
    expect(told.at(-1)).toMatchObject({
      name: 'Basic_LinkedInDataExport_03-01-2026/messages.csv',
      rows: count,
      done: total,
      finished: true,
    });
    const ofMessages = told.filter((progress) => progress.name.endsWith('messages.csv'));
    for (const [i, progress] of ofMessages.slice(1).entries())
      expect(progress.bytes - ofMessages[i]!.bytes).toBeLessThan(1.5 * 1024 * 1024);
    expect(told.length).toBeLessThan(100);
  });
});
