import { describe, expect, it } from 'vitest';
import type { Conversation } from './contact.ts';
import { currentConversationOfEach } from './current-conversation.ts';

const conversation = (id: number, slug: string, heldAt: string | null): Conversation => ({
  id,
  slug,
  scheduledFor: null,
  heldAt,
  minutes: 20,
  notes: '',
  agenda: null,
  meetingNotes: null,
});

describe('the current conversation of each contact', () => {
  it('is the latest not yet held, else the latest, whatever the order they come in', () => {
    const all = [
      conversation(5, 'avery', '2026-11-01T10:00:00.000Z'),
      conversation(2, 'avery', null),
      conversation(7, 'avery', '2026-11-20T10:00:00.000Z'),
      conversation(3, 'jordan', '2026-10-01T10:00:00.000Z'),
      conversation(9, 'jordan', '2026-11-01T10:00:00.000Z'),
      conversation(4, 'sam', null),
      conversation(8, 'sam', null),
    ];
    const current = currentConversationOfEach(all);
    expect(Object.fromEntries([...current].map(([slug, c]) => [slug, c.id]))).toEqual({ avery: 2, jordan: 9, sam: 8 });
    expect(currentConversationOfEach([...all].reverse())).toEqual(current);
  });

  it('has nothing for a contact without conversations', () => {
    expect(currentConversationOfEach([]).size).toBe(0);
  });
});
