import { describe, expect, it } from 'vitest';
import { fillText, segmentsToText } from './template-fill.ts';
import { defaultSenderProfile, firstNameOf, senderProfileSchema, valuesFor } from './template-variables.ts';

describe('valuesFor', () => {
  const contact = {
    name: 'Avery Quinlan',
    currentCompany: 'Acme Health',
    currentTitle: 'Design Lead',
    connection: 'we both studied at Michigan',
  };

  it('takes the person from the contact and the user’s side from the profile', () => {
    const profile = senderProfileSchema.parse({ myName: 'Sam Lee', field: 'product design', minutes: 15 });
    expect(valuesFor(contact, profile)).toEqual({
      firstName: 'Avery',
      company: 'Acme Health',
      title: 'Design Lead',
      connection: 'we both studied at Michigan',
      field: 'product design',
      minutes: '15',
      myName: 'Sam Lee',
    });
  });

  it('leaves blanks out so the fill reports them, and asks for 20 minutes by default', () => {
    const values = valuesFor({ ...contact, currentTitle: '', connection: undefined }, defaultSenderProfile);
    expect(values).toEqual({ firstName: 'Avery', company: 'Acme Health', minutes: '20' });
    expect(fillText('{title}{connection}{myName}{field}', values).missing).toEqual(['title', 'connection', 'myName', 'field']);
  });

  it('uses the company’s name, not the tagline LinkedIn showed with it, for a contact saved before', () => {
    const values = valuesFor({ ...contact, currentCompany: 'Insighture - We’re hiring' }, defaultSenderProfile);
    expect(values.company).toBe('Insighture');
    expect(segmentsToText(fillText('I admire your work at {company}.', values).segments)).toBe('I admire your work at Insighture.');
  });

  it.each([
    ['Avery Quinlan', 'Avery'],
    ['  Dr. Avery Quinlan, PhD ', 'Avery'],
    ['J. Avery Smith', 'Avery'],
    ['Mary-Jane O’Neil', 'Mary-Jane'],
    ['Prof', 'Prof'],
    ['', ''],
  ])('greets %j as %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
