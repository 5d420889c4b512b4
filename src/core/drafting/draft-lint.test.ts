import { describe, expect, it } from 'vitest';
import type { LintHintId, LintInput } from './draft-lint.ts';
import { defaultLintOptions, lintDraft, lintOptionsSchema } from './draft-lint.ts';

const good =
  'Hi Avery, we both studied at Michigan.\n\nI’m exploring product design and would love to hear how you came to your work at Acme.\n\nWould you be open to a 20-minute call in the next couple of weeks, whenever suits you?\n\nBest,\nSam';
const longEmail = `Dear Avery,\n\nMy name is Sam, and we both studied at Michigan. ${'I have been reading about product design and the many ways people come into it. '.repeat(6)}Would you have 20 minutes for a call?\n\nBest regards,\nSam Lee`;
const rambling =
  'Hi Avery, we both studied at Michigan and I have been meaning to write to you for a long while now about your path. Could I hear about it in a 20-minute call?';

/** Each draft and the exact hints it must get: `channel` defaults to a LinkedIn message to Avery. */
const cases: Array<[string, Partial<LintInput> & { body: string }, LintHintId[]]> = [
  ['a good message with a sign-off', { body: good }, []],
  [
    'a good connection note',
    {
      channel: 'connection-note',
      body: 'Hi Avery, fellow Michigan alum here! I’m exploring product design. Could I hear about your path at Acme in a 15-minute call, whenever suits you?',
    },
    [],
  ],
  [
    'a request for openings and a résumé',
    {
      body: 'Hi Avery, we both studied at Michigan. Are there any openings on your team? I’d love to send my résumé. Would you have 20 minutes to chat?',
    },
    ['mentions-job'],
  ],
  [
    'praise for a talk is not a job',
    { body: 'Hi Avery, great job on your talk at UX Week! I’m exploring design research; would you be open to a 20 min chat?' },
    [],
  ],
  [
    'job words inside other words',
    {
      body: 'Hi Avery, we both joined the Jobsworth Guild. Your post on eye-opening interviews and your role at Acme stood out, as did your position on remote work. Could I hear more in a 20-minute call?',
    },
    [],
  ],
  [
    'no connection and a quick call of no length',
    { body: 'Hi Avery, I’m exploring product design. Could we have a quick call sometime?' },
    ['no-connection', 'no-time-asked'],
  ],
  [
    'no greeting and a closing thank-you, not a question',
    { body: 'We both worked at Initech. I’d love 20 minutes of your time to hear about your path.\n\nThanks,\nSam' },
    ['no-greeting', 'no-closing-question'],
  ],
  [
    'a greeting by no name',
    { body: 'Hi there, Priya Shah suggested I reach out. Would you be open to a half-hour call?' },
    ['no-greeting'],
  ],
  [
    'a greeting by someone else’s name',
    { body: 'Hi Jordan, Priya Shah suggested I reach out. Would you be open to a half-hour call?' },
    ['no-greeting'],
  ],
  [
    'an hour is a long ask',
    { body: 'Dear Avery,\n\nI read your article on design systems. Could we meet for an hour next week?' },
    ['long-call'],
  ],
  ['an email of 100-plus words', { channel: 'email', body: longEmail }, ['too-many-words']],
  [
    'a connection note past 200 characters',
    { channel: 'connection-note', body: rambling + ' Happy to fit your schedule, whatever it is?' },
    ['over-limit'],
  ],
  [
    'the same note fits 300 on Premium',
    { channel: 'connection-note', premium: true, body: rambling + ' Happy to fit your schedule, whatever it is?' },
    [],
  ],
  [
    'a template variable left in',
    { body: 'Hi {firstName}, we both studied at Michigan. Would you be open to a 20-minute call?' },
    ['placeholder', 'no-greeting'],
  ],
  [
    'a marked gap left in',
    { body: 'Hi Avery, [your connection]. Would you be open to a 20-minute call?' },
    ['placeholder', 'no-connection'],
  ],
  [
    'hiring and a CV',
    { body: 'Hello Avery, alumni of Michigan here. Is your team hiring? Could I send you my CV before a 20 minute call?' },
    ['mentions-job'],
  ],
  [
    'an accent the user left off the name',
    { firstName: 'Zoë', body: 'Hi Zoe, we met at the Design Leaders meetup. Would you be open to a twenty-minute chat?' },
    [],
  ],
  [
    'a formal greeting by title',
    {
      channel: 'email',
      body: 'Dear Dr. Quinlan,\n\nI’m a fellow Duke graduate. Would you have 15 minutes for a call this month?\n\nKind regards,\nSam Lee',
    },
    [],
  ],
  [
    'an InMail subject too long and about a job',
    { channel: 'inmail', subject: `Job opportunities ${'x'.repeat(200)}`, body: good },
    ['subject-over-limit', 'mentions-job'],
  ],
  [
    'an emoji and a thank-you after the question',
    { body: 'Hi Avery, Priya Shah referred me to you. Would you be open to a 15-minute call? 🙂 Thanks!' },
    [],
  ],
  ['nothing at all in the message', { body: 'Hello.' }, ['no-greeting', 'no-connection', 'no-time-asked', 'no-closing-question']],
  ['a blank draft', { body: '  \n ' }, []],
];

describe('lintDraft', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    const hints = lintDraft({ channel: 'message', firstName: 'Avery', ...input });
    expect(hints.map((hint) => hint.id)).toEqual(expected);
  });

  it('greets anyone by name when the first name is not known', () => {
    expect(lintDraft({ channel: 'message', body: 'Hello Jordan, we both studied at Michigan. Would you have 20 minutes?' })).toEqual([]);
    expect(
      lintDraft({ channel: 'message', body: 'Hello everyone, we both studied at Michigan. Would you have 20 minutes?' }).map(
        (hint) => hint.id,
      ),
    ).toEqual(['no-greeting']);
  });

  it('says why in one sentence, naming what it found', () => {
    const hints = lintDraft({ channel: 'connection-note', firstName: 'Avery', body: `Any openings? ${'x'.repeat(200)}` });
    expect(hints.map((hint) => hint.id)).toEqual([
      'over-limit',
      'no-greeting',
      'no-connection',
      'mentions-job',
      'no-time-asked',
      'no-closing-question',
    ]);
    for (const { message } of hints) expect(message).toMatch(/^[^.]*[^.\s]\.$|^“[^”]*”[^.]*\.$/u);
    expect(hints.find((hint) => hint.id === 'over-limit')?.message).toContain('14 characters over LinkedIn’s limit of 200');
    expect(hints.find((hint) => hint.id === 'mentions-job')?.message).toContain('“Any openings”');
    expect(hints.find((hint) => hint.id === 'no-greeting')?.message).toContain('“Hi Avery,”');
  });

  it('takes its thresholds from options, and leaves out hints the user turned off', () => {
    expect(defaultLintOptions).toEqual({ maxWords: 100, maxMinutes: 30, disabled: [] });
    const strict = lintOptionsSchema.parse({ maxWords: 20, maxMinutes: 15 });
    expect(lintDraft({ channel: 'message', firstName: 'Avery', body: good }, strict).map((hint) => hint.id)).toEqual([
      'long-call',
      'too-many-words',
    ]);
    const quiet = lintOptionsSchema.parse({ disabled: ['no-greeting', 'no-connection'] });
    expect(lintDraft({ channel: 'message', body: 'We could talk for 20 minutes?' }, quiet)).toEqual([]);
  });
});
