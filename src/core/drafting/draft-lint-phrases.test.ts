import { describe, expect, it } from 'vitest';
import { endsWithQuestion, jobMention, normalizeForLint, statedMinutes, statesConnection, withoutSignOff } from './draft-lint-phrases.ts';

describe('job words', () => {
  it.each([
    ['Is there a job on your team?', 'job'],
    ['I’m job-hunting this spring.', 'job'],
    ['Any open roles at Acme?', 'open roles'],
    ['I know about the role opening you posted.', 'role opening'],
    ['I’m looking for a new position in design.', 'looking for a new position'],
    ['Is Acme hiring?', 'hiring'],
    ['Are there vacancies?', 'vacancies'],
    ['My re\u0301sume\u0301 is attached.', 'résumé'],
    ['I attached my resume.', 'my resume'],
    ['Here is my CV.', 'CV'],
    ['I applied to Acme last year.', 'applied to'],
  ])('finds the job talk in “%s”', (text, found) => {
    expect(jobMention(normalizeForLint(text))?.toLowerCase()).toBe(found.toLowerCase());
  });

  it.each([
    'Steve, great job on the launch!',
    'Your talk was eye-opening.',
    'Your role at Acme is the one I admire.',
    'What is your position on remote work?',
    'Let us resume after the holidays.',
    'I cv-checked nothing; jobsworths aside, all fine.',
    'The opening of your talk was memorable.',
  ])('finds none in “%s”', (text) => {
    expect(jobMention(normalizeForLint(text))).toBeNull();
  });
});

describe('connections', () => {
  it.each([
    'We both studied at Michigan.',
    'I’m a fellow Duke alum.',
    'Priya suggested I contact you.',
    'I saw your talk at UX Week.',
    'We met at the Boston meetup.',
    'Mutual friend Dana said hello.',
  ])('sees one in “%s”', (text) => {
    expect(statesConnection(normalizeForLint(text))).toBe(true);
  });

  it('sees none in a cold note', () => {
    expect(statesConnection('I found your profile and would love to talk.')).toBe(false);
  });
});

describe('the time asked for', () => {
  it('reads numbers, number words and hours, in minutes', () => {
    expect(statedMinutes('a 20-minute call')).toEqual([20]);
    expect(statedMinutes(normalizeForLint('15\u201320 minutes, or 25 mins'))).toEqual([20, 25]);
    expect(statedMinutes('twenty minutes or half an hour')).toEqual([20, 30]);
    expect(statedMinutes('a quarter of an hour, or an hour, or 2 hours')).toEqual([15, 60, 120]);
    expect(statedMinutes('a 30min chat')).toEqual([30]);
  });

  it('reads no number in a quick call or a few minutes', () => {
    expect(statedMinutes('a quick call? just a few minutes, no more')).toEqual([]);
  });
});

describe('the closing question', () => {
  it('sets the sign-off aside before looking for the question', () => {
    expect(withoutSignOff('Could we talk?\n\nBest,\nSam Lee')).toBe('Could we talk?');
    expect(withoutSignOff('Could we talk?\n\nThanks so much!\nSam')).toBe('Could we talk?');
    expect(withoutSignOff('Could we talk?\n— Sam')).toBe('Could we talk?');
    expect(withoutSignOff('Could we talk? Thank you in advance.')).toBe('Could we talk?');
    expect(withoutSignOff('Could we talk? I look forward to it.')).toBe('Could we talk? I look forward to it.');
  });

  it('allows quotes, brackets or an emoji after the question mark', () => {
    expect(endsWithQuestion('Would you be open to it? 🙂')).toBe(true);
    expect(endsWithQuestion('Would you be open to it (20 minutes)?)')).toBe(true);
    expect(endsWithQuestion('I would love to talk.')).toBe(false);
  });
});
