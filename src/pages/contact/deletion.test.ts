import { describe, expect, it } from 'vitest';
import { deletionPhrase } from './deletion.ts';

describe('the words of a deletion', () => {
  it('names the person and counts what goes with them, leaving out what is nothing', () => {
    expect(deletionPhrase('Avery Quinlan', { conversations: 2, timeline: 14, drafts: 1 })).toBe(
      'Avery Quinlan and their 2 conversations, 14 timeline events and 1 draft',
    );
    expect(deletionPhrase('Avery Quinlan', { conversations: 0, timeline: 1, drafts: 3 })).toBe(
      'Avery Quinlan and their 1 timeline event and 3 drafts',
    );
    expect(deletionPhrase('Avery Quinlan', { conversations: 0, timeline: 0, drafts: 0 })).toBe('Avery Quinlan');
  });
});
