import { describe, expect, it } from 'vitest';
import { channels, characterCount, hasSubject, wordCount } from './channels.ts';
import { lintDraft } from './draft-lint.ts';
import { fillTemplate } from './template-fill.ts';
import type { TemplateValues } from './template-variables.ts';
import { templateVariables } from './template-variables.ts';
import {
  builtInTemplate,
  builtInTemplates,
  defaultTemplateFor,
  isEditedBuiltIn,
  mergeTemplates,
  templateSchema,
  templatesFor,
} from './templates.ts';

/** Typical people: a school, a referral, and a long group name at a long company name. */
const typical: TemplateValues[] = [
  {
    firstName: 'Avery',
    company: 'Acme Health',
    title: 'Senior Product Designer',
    connection: 'we both studied at the University of Michigan',
    field: 'product design',
    minutes: '20',
    myName: 'Sam Lee',
  },
  {
    firstName: 'Jordan',
    company: 'Northwind Traders',
    title: 'Data Scientist',
    connection: 'Priya Shah suggested I get in touch with you',
    field: 'data science',
    minutes: '20',
    myName: 'Sam Lee',
  },
  {
    firstName: 'Mireille',
    company: 'Contoso Pharmaceuticals',
    title: 'Director of Clinical Operations',
    connection: 'I’m a fellow member of the Women in Bio Boston chapter',
    field: 'clinical operations',
    minutes: '15',
    myName: 'Sam Lee',
  },
];

describe('the built-in templates', () => {
  it('start a request on every channel, and are valid stored templates', () => {
    expect(channels.map((channel) => defaultTemplateFor(channel).id)).toEqual(
      builtInTemplates.slice(0, channels.length).map((template) => template.id),
    );
    expect(builtInTemplates.slice(0, channels.length).map((template) => template.channel)).toEqual([...channels]);
    for (const template of builtInTemplates) {
      expect(templateSchema.parse(template)).toEqual(template);
      expect(template.subject !== '').toBe(hasSubject(template.channel));
    }
  });

  it('offer 3B7’s one follow-up where a request can be followed up: a LinkedIn message and an email', () => {
    const followUps = builtInTemplates.filter((template) => template.id.startsWith('builtin-follow-up-'));
    expect(followUps.map((template) => template.channel)).toEqual(['message', 'email']);
    for (const template of followUps) {
      expect(templatesFor(template.channel, []).map((candidate) => candidate.id)).toContain(template.id);
      // Short, the request said again with its length, and an easy way out.
      expect(template.body).toContain('{minutes} minutes');
      expect(template.body).toMatch(/only follow-up/u);
      expect(template.body).toMatch(/no need to reply/u);
    }
  });

  it('use only known variables', () => {
    for (const template of builtInTemplates) expect(fillTemplate(template, {}).unknown).toEqual([]);
    const used = new Set(builtInTemplates.flatMap((template) => fillTemplate(template, {}).missing));
    // {myRole} is for the person's own templates: a built-in using it would show a gap to everyone who has not set it.
    expect([...used].sort()).toEqual(templateVariables.filter((name) => name !== 'myRole').sort());
  });

  it.each(typical.map((values) => [values.firstName, values]))(
    'filled for %s: the note fits 200 characters, all stay under 100 words and pass the lint',
    (_name, values) => {
      for (const template of builtInTemplates) {
        const copy = fillTemplate(template, values).copyable;
        expect(copy).not.toBeNull();
        if (!copy) continue;
        if (template.channel === 'connection-note') expect(characterCount(copy.body)).toBeLessThanOrEqual(200);
        expect(wordCount(copy.body)).toBeLessThan(100);
        expect(lintDraft({ channel: template.channel, subject: copy.subject, body: copy.body, firstName: values.firstName })).toEqual([]);
      }
    },
  );
});

describe('stored templates', () => {
  const edit = { ...defaultTemplateFor('message'), body: 'Hi {firstName}! {connection}. 20 minutes?' };
  const own = templateSchema.parse({
    id: 'mine-1',
    name: ' Alumni note ',
    channel: 'connection-note',
    body: 'Hi {firstName}, fellow alum here!',
  });

  it('default to a user template with no subject', () => {
    expect(own).toEqual({
      id: 'mine-1',
      name: 'Alumni note',
      channel: 'connection-note',
      subject: '',
      body: 'Hi {firstName}, fellow alum here!',
      builtIn: false,
    });
    expect(templateSchema.safeParse({ ...own, name: '  ' }).success).toBe(false);
  });

  it('put an edited built-in in its place, then the user’s own', () => {
    const merged = mergeTemplates([own, edit]);
    expect(merged.map((template) => template.id)).toEqual([
      'builtin-connection-note',
      'builtin-message',
      'builtin-inmail',
      'builtin-email',
      'builtin-follow-up-message',
      'builtin-follow-up-email',
      'mine-1',
    ]);
    expect(merged[1]?.body).toBe(edit.body);
    expect(templatesFor('connection-note', [own, edit]).map((template) => template.id)).toEqual(['builtin-connection-note', 'mine-1']);
  });

  it('keep a built-in’s channel and flag, and keep a template of an id no longer shipped as the user’s', () => {
    const moved = { ...edit, channel: 'email' as const, builtIn: false };
    const retired = { ...own, id: 'builtin-retired', builtIn: true };
    const merged = mergeTemplates([moved, retired]);
    expect(merged[1]).toMatchObject({ id: 'builtin-message', channel: 'message', builtIn: true });
    expect(merged.at(-1)).toMatchObject({ id: 'builtin-retired', builtIn: false });
  });

  it('tell an edited built-in from the original, to offer Restore', () => {
    expect(isEditedBuiltIn(edit)).toBe(true);
    expect(isEditedBuiltIn(defaultTemplateFor('message'))).toBe(false);
    expect(isEditedBuiltIn(own)).toBe(false);
    expect(builtInTemplate('builtin-message')?.body).not.toBe(edit.body);
    expect(builtInTemplate('nope')).toBeNull();
  });
});
