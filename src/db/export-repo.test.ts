import { afterEach, describe, expect, it } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { createDefaultAgenda } from '../core/conversation/agenda.ts';
import { saveContact } from './contacts-repo.ts';
import { currentConversation, saveConversation } from './conversations-repo.ts';
import type { ConfabDb } from './database.ts';
import { currentConversationOfEach } from '../core/contacts/current-conversation.ts';
import { readExportData } from './export-repo.ts';
import { writeSettings } from './settings-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

const conversation = (id: number, slug: string, heldAt: string | null) => ({
  id,
  slug,
  scheduledFor: null,
  heldAt,
  minutes: 20,
  notes: '',
  agenda: null,
  meetingNotes: null,
});

describe('the export’s read of the database', () => {
  it('reads every contact, conversation, employer and the settings', async () => {
    db = freshDb();
    await saveContact(db, { fields: avery, capture: null });
    await saveContact(db, { fields: { ...avery, name: 'Kim Ode', url: 'https://www.linkedin.com/in/kim-ode/' }, capture: null });
    await saveConversation(db, { slug: 'avery-quinlan', agenda: createDefaultAgenda(30) });
    await db.employers.add({ name: 'Harbor Light Labs', advocacy: true, motivation: 3, posting: 1, notes: '' });
    await writeSettings(db, { thankYouDelayHours: 12 });
    const data = await readExportData(db);
    expect(data.contacts.map((c) => c.name).sort()).toEqual(['Avery Quinlan', 'Kim Ode']);
    expect(data.conversations).toHaveLength(1);
    expect(data.employers.map((e) => e.name)).toEqual(['Harbor Light Labs']);
    expect(data.settings.thankYouDelayHours).toBe(12);
    expect(data.current.get('avery-quinlan')?.agenda?.lengthMinutes).toBe(30);
    expect(data.current.has('kim-ode')).toBe(false);
  });

  it('picks each contact’s current conversation as currentConversation does', async () => {
    db = freshDb();
    const rows = [
      conversation(1, 'a', '2026-01-01T10:00:00.000Z'),
      conversation(2, 'a', null),
      conversation(3, 'a', '2026-05-01T10:00:00.000Z'),
      conversation(4, 'b', '2026-01-01T10:00:00.000Z'),
      conversation(5, 'b', '2026-02-01T10:00:00.000Z'),
      conversation(6, 'c', null),
      conversation(7, 'c', null),
    ];
    // Stored out of order: the rule goes by id, not by the order rows come in.
    await db.conversations.bulkPut([...rows].reverse());
    const picked = currentConversationOfEach(await db.conversations.toArray());
    for (const slug of ['a', 'b', 'c']) expect(picked.get(slug)?.id).toBe((await currentConversation(db, slug))?.id);
    expect([...picked].map(([slug, c]) => [slug, c.id]).sort()).toEqual([
      ['a', 2],
      ['b', 5],
      ['c', 7],
    ]);
  });
});
