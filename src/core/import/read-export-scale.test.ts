/**
 * LinkedIn's maximum of 30,000 connections, with 2,000 invitations and 50,000 messages: read in one
 * pass per file with maps by slug (a quadratic step would take minutes here, past the timeout).
 */
import { describe, expect, it } from 'vitest';
import { madeUpExport } from '../../../test/unit/made-up-export.ts';
import { readExport } from './read-export.ts';

describe('an export of the largest size', () => {
  it('reads 30,000 connections and 50,000 messages', { timeout: 60_000 }, () => {
    const reading = readExport(madeUpExport({ connections: 30_000, invitations: 2_000, messages: 50_000 }));
    expect(reading.contacts).toHaveLength(30_000);
    expect(reading.files.map((file) => file.rows)).toEqual([30_000, 2_000, 50_000]);
    expect(reading.contacts.filter((c) => c.lastMessageAt)).toHaveLength(5_000);
    expect(reading.contacts.filter((c) => c.invitedAt)).toHaveLength(2_000);
    expect(reading.skipped).toEqual([]);
  });
});
