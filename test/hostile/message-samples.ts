/**
 * One valid payload per message, with every optional part filled in, so that hostile variants can be
 * made of each: every string made huge, every field given a wrong type, extra keys at every level.
 * The end-to-end test first stores the contact `hostile-sample` and employer 1 they name, so that any
 * variant that got through would change something it can see.
 */
export const sampleSlug = 'hostile-sample';
const at = '2026-03-02T10:00:00.000Z';

/**
 * Loosely typed on purpose, so that adding a message never breaks the type check here: a test checks
 * that every message has a sample and that each sample passes its schema.
 */
export const messageSamples: Record<string, unknown> = {
  saveContact: {
    fields: { name: 'Sam Sample', headline: 'Engineer', currentTitle: 'Engineer', currentCompany: 'Fabrikam', location: 'Lyon', url: `https://www.linkedin.com/in/${sampleSlug}/`, notes: 'n' },
    capture: {
      kind: 'profile',
      slug: sampleSlug,
      url: `https://www.linkedin.com/in/${sampleSlug}/`,
      name: 'Sam Sample',
      headline: 'Engineer',
      location: 'Lyon',
      currentTitle: 'Engineer',
      currentCompany: 'Fabrikam',
      about: 'About',
      experience: [{ title: 'Engineer', company: 'Fabrikam', start: '2020', end: null, location: 'Lyon' }],
      education: [{ school: 'School', degree: 'BSc', field: 'CS', start: '2010', end: '2014' }],
      missing: ['about'],
    },
  },
  moveContact: { slug: sampleSlug, to: 'met', note: 'held', scheduledFor: at, heldAt: at },
  undoMove: { slug: sampleSlug },
  dueAction: { slug: sampleSlug, key: 'thank-you', action: 'done' },
  adviceActedOn: { slug: sampleSlug, note: 'did it' },
  updateContact: { slug: sampleSlug, tags: ['mentor'], employerId: 1, referredBy: 'someone-else', keepInTouchDays: 90, notes: 'notes' },
  saveEmployer: { id: 1, name: 'Fabrikam', advocacy: true, motivation: 2, posting: 1, notes: 'n' },
  deleteEmployer: { id: 1 },
  markThanked: { slug: sampleSlug },
  saveDraft: { slug: sampleSlug, channel: 'email', subject: 'Hello', body: 'Body' },
  saveSettings: {
    premium: true,
    thankYouDelayHours: 24,
    sender: { myName: 'Me', field: 'data', minutes: 20 },
    lint: { maxWords: 100, maxMinutes: 30, disabled: ['placeholder'] },
    templates: [{ id: 'mine-1', name: 'Mine', channel: 'email', subject: 'S', body: 'B', builtIn: false }],
    questions: [{ id: 'q-1', text: 'How did you start?', label: 'start', createdAt: at }],
    timing: {
      secondContactBusinessDays: 3,
      followUpBusinessDays: 7,
      closeNoReplyBusinessDays: 12,
      thankYouOverdueHours: 48,
      agendaBusinessDaysBefore: 2,
      confirmBusinessDaysBefore: 1,
      keepInTouchDays: 90,
      keepInTouchDaysByTag: { mentor: 30 },
    },
    notifications: false,
  },
  refreshBadge: {},
  markSent: { slug: sampleSlug, channel: 'email' },
  setConnection: { slug: sampleSlug, connection: 'same school' },
  saveConversation: {
    slug: sampleSlug,
    scheduledFor: at,
    agenda: {
      lengthMinutes: 20,
      introduction: 'Me',
      items: [{ id: 'a-1', kind: 'question', text: 'How did you start?', minutes: 5, source: { bank: 'seeds', id: 'seed-1' } }],
    },
    meetingNotes: {
      slug: sampleSlug,
      conversationId: null,
      notes: 'n',
      advice: [{ id: 'note-1', text: 'Advice' }],
      nextSteps: [{ id: 'note-2', text: 'Step', doneAt: null }],
      clarifyingQuestion: 'q',
      quotedAdviceId: 'note-1',
      updatedAt: at,
      drafts: { 'thank-you': { subject: 'Thanks', body: 'Thank you.' } },
    },
  },
  restoreBackup: { text: '{"format":"confab-backup"}', mode: 'merge' },
  deleteEverything: { confirm: 1 },
  referralAsked: { slug: sampleSlug },
  setOwnReminder: { slug: sampleSlug, reminder: { at, note: 'Ask about the team' } },
  deleteContact: { slug: sampleSlug },
  restoreContact: {
    deleted: {
      contact: {
        slug: 'restored-sample', name: 'Rae Stored', headline: 'h', currentTitle: 't', currentCompany: 'c', location: 'l',
        url: 'https://www.linkedin.com/in/restored-sample/', notes: 'n', status: 'requested', about: 'a',
        experience: [{ title: 'Engineer', company: 'Fabrikam', start: '2020', end: null, location: 'Lyon' }],
        education: [{ school: 'School', degree: 'BSc', field: 'CS', start: '2010', end: '2014' }],
        createdAt: at, updatedAt: at, statusChangedAt: at, requestedAt: at, scheduledFor: null, metAt: null, thankedAt: null,
        lastTouchAt: null, adviceActedOnAt: null, loopClosedAt: null, keepInTouchDays: 90, tags: ['mentor'], employerId: 1,
        referredBy: sampleSlug, followUpAt: at, dueStates: { 'follow-up': { snoozedUntil: at, dismissed: false } }, lastCapturedAt: at,
        lastCapture: { name: 'Rae Stored', headline: 'h', currentTitle: 't', currentCompany: 'c', location: 'l' },
        connection: 'same school', captureHistory: [{ name: 'Rae', headline: 'h', currentTitle: 't', currentCompany: 'c', location: 'l', capturedAt: at }],
        email: 'rae@example.com', meetingPlace: 'Video call', archivedAt: null,
      },
      conversations: [{ id: 7, slug: 'restored-sample', scheduledFor: at, heldAt: null, minutes: 20, notes: 'n', agenda: null, meetingNotes: null }],
      timeline: [{ id: 9, slug: 'restored-sample', at, kind: 'status', from: 'prospect', to: 'requested', detail: 'd', note: 'n', before: null }],
      drafts: [{ slug: 'restored-sample', channel: 'email', subject: 'S', body: 'B', updatedAt: at }],
      referred: ['someone-else'],
    },
  },
  archiveContact: { slug: sampleSlug, archived: true },
  mergeContacts: { keep: sampleSlug, drop: 'someone-else' },
};
