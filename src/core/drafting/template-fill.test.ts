import { describe, expect, it } from 'vitest';
import { fillTemplate, fillText, segmentsToText } from './template-fill.ts';

describe('fillTemplate', () => {
  const template = { subject: 'Your advice on {field}', body: 'Hi {firstName}, {connection}. Could we talk for {minutes} minutes?' };

  it('fills every variable and gives the text to copy', () => {
    const filled = fillTemplate(template, {
      firstName: 'Avery',
      connection: 'we both studied at Michigan',
      field: 'design',
      minutes: '20',
    });
    expect(filled.missing).toEqual([]);
    expect(filled.unknown).toEqual([]);
    expect(filled.copyable).toEqual({
      subject: 'Your advice on design',
      body: 'Hi Avery, we both studied at Michigan. Could we talk for 20 minutes?',
    });
    expect(filled.body).toEqual([{ text: 'Hi Avery, we both studied at Michigan. Could we talk for 20 minutes?' }]);
  });

  it('marks each gap for display and gives nothing to copy while one is open', () => {
    const filled = fillTemplate(template, { firstName: 'Avery', connection: '  ', minutes: '20' });
    expect(filled.missing).toEqual(['field', 'connection']);
    expect(filled.copyable).toBeNull();
    expect(filled.body).toEqual([{ text: 'Hi Avery, ' }, { missing: 'connection' }, { text: '. Could we talk for 20 minutes?' }]);
    expect(segmentsToText(filled.body)).toBe('Hi Avery, [your connection]. Could we talk for 20 minutes?');
    expect(segmentsToText(filled.subject, (variable) => `<${variable}>`)).toBe('Your advice on <field>');
  });

  it('lists a variable missing twice only once', () => {
    expect(fillText('{firstName} and {firstName}', {}).missing).toEqual(['firstName']);
  });

  it('leaves unknown braces as typed, reports them, and still lets the text be copied', () => {
    const filled = fillTemplate({ subject: '', body: 'Hi {firstName}, about {projectName} and {}…' }, { firstName: 'Avery' });
    expect(filled.unknown).toEqual(['projectName']);
    expect(filled.copyable?.body).toBe('Hi Avery, about {projectName} and {}…');
  });

  it('forgives spaces and case typed by hand', () => {
    expect(fillText('Hi { FirstName }!', { firstName: 'Avery' }).segments).toEqual([{ text: 'Hi Avery!' }]);
  });

  it('never reads a value as a placeholder', () => {
    const filled = fillTemplate(
      { subject: '', body: '{connection} {firstName}' },
      { connection: 'we met at {firstName} Con', firstName: 'Avery' },
    );
    expect(filled.copyable?.body).toBe('we met at {firstName} Con Avery');
  });
});
