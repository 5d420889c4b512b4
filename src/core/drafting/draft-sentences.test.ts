import { describe, expect, it } from 'vitest';
import { asPlans, asQuestion, asSentence, greeting, joinAnd, paragraphs, quoted, signOff } from './draft-sentences.ts';

describe('sentences from jotted notes', () => {
  it('greets by first name or plainly, and signs with the user’s name when known', () => {
    expect(greeting('Avery')).toBe('Hi Avery,');
    expect(greeting(' ')).toBe('Hello,');
    expect(signOff('Sam Lee')).toBe('Best,\nSam Lee');
    expect(signOff(undefined)).toBe('Best,');
  });

  it('quotes a note and ends the sentence outside the quotes unless the note ends its own', () => {
    expect(quoted('join the local UX meetup.')).toBe('“join the local UX meetup”.');
    expect(quoted('Why not try\nfreelancing?')).toBe('“Why not try freelancing?”');
  });

  it('turns notes into a question and a sentence', () => {
    expect(asQuestion('what does a design review look like.')).toBe('what does a design review look like?');
    expect(asQuestion('Is it worth a certificate?')).toBe('Is it worth a certificate?');
    expect(asQuestion('  ')).toBe('');
    expect(asSentence('It led to an interview')).toBe('It led to an interview.');
    expect(asSentence('It worked!')).toBe('It worked!');
  });

  it('turns next steps into what the user plans to do', () => {
    expect(asPlans(['Email Sam Lee.'])).toBe('Next, I plan to email Sam Lee.');
    expect(asPlans(['Read The 2-Hour Job Search', 'join the IxDA group'])).toBe(
      'Next, I plan to read The 2-Hour Job Search and join the IxDA group.',
    );
    expect(asPlans(['LinkedIn profile: add the portfolio'])).toBe('Next, I plan to LinkedIn profile: add the portfolio.');
    expect(asPlans(['I’ll apply for the spring course', 'Update my portfolio'])).toBe(
      'I’ll apply for the spring course and update my portfolio.',
    );
    expect(asPlans(['', '  '])).toBeNull();
  });

  it('joins lists and paragraphs, dropping empty pieces', () => {
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinAnd(['a'])).toBe('a');
    expect(paragraphs('Hi,', null, '', false, 'Bye')).toBe('Hi,\n\nBye');
  });
});
