import type { Channel } from './channels.ts';
import { channelSchema } from './draft.ts';
import { z } from '../z.ts';

/**
 * A request template. Built-in ones ship with Confab; the user may edit them (the edit is stored
 * under the built-in's id, and deleting it restores the original) or add their own (`builtIn` false).
 * The subject is used only by channels that have one (InMail, email).
 */
export const templateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.trim(), z.minLength(1, 'A template needs a name.'), z.maxLength(100)),
  channel: channelSchema,
  subject: z._default(z.string().check(z.maxLength(2_000)), ''),
  body: z.string().check(z.maxLength(20_000)),
  builtIn: z._default(z.boolean(), false),
});

export type Template = z.infer<typeof templateSchema>;

/*
 * Dalton's 5-point email: under 100 words, no mention of jobs, the connection first, an interest
 * general enough to say yes to (their path, their field), and a closing question that says how long
 * and offers to fit their schedule. The note has no sign-off: LinkedIn shows who sent it, and every
 * character counts against 200.
 */
export const builtInTemplates: readonly Template[] = [
  {
    id: 'builtin-connection-note',
    name: 'Connection note',
    channel: 'connection-note',
    subject: '',
    body: 'Hi {firstName}, {connection}. I’m exploring {field}. Could I hear about your path at {company} in a {minutes}-minute call, whenever suits you?',
    builtIn: true,
  },
  {
    id: 'builtin-message',
    name: 'LinkedIn message',
    channel: 'message',
    subject: '',
    body: [
      'Hi {firstName}, {connection}.',
      'I’m exploring {field}, and I’d be grateful to hear how you came to your work as {title} at {company} and what you have learned along the way.',
      'Would you be open to a {minutes}-minute call in the next couple of weeks, at a time that suits you?',
      'Thank you,\n{myName}',
    ].join('\n\n'),
    builtIn: true,
  },
  {
    id: 'builtin-inmail',
    name: 'InMail',
    channel: 'inmail',
    subject: 'Your advice on {field}?',
    body: [
      'Hi {firstName}, {connection}.',
      'I’m exploring {field} and would love to learn how you came to work as {title} at {company}, and what you wish you had known earlier.',
      'Would you be open to a {minutes}-minute call in the next couple of weeks, at whatever time works best for you?',
      'Best,\n{myName}',
    ].join('\n\n'),
    builtIn: true,
  },
  {
    id: 'builtin-email',
    name: 'Email',
    channel: 'email',
    subject: 'Your advice on {field}',
    body: [
      'Dear {firstName},',
      'My name is {myName}, and {connection}. I’m exploring {field}, and I would value your perspective on how you came to your work as {title} at {company}.',
      'Would you have {minutes} minutes for a call in the next couple of weeks, at whatever time suits you best?',
      'Best regards,\n{myName}',
    ].join('\n\n'),
    builtIn: true,
  },
  /*
   * 3B7's one follow-up, seven business days after a request with no reply: short, the request said
   * again, and an easy way out. Sent where the request went, so a LinkedIn message and an email; a
   * connection note cannot follow up (the pending invitation is the request) and InMail costs a credit.
   */
  {
    id: 'builtin-follow-up-message',
    name: 'LinkedIn message follow-up',
    channel: 'message',
    subject: '',
    body: [
      'Hi {firstName}, I wrote to you recently because {connection}, and I’m exploring {field}.',
      'I know how busy you must be, so this is my only follow-up. If now isn’t a good time, I completely understand, and there is no need to reply.',
      'Otherwise, would you have {minutes} minutes in the coming weeks to tell me about your path at {company}?',
      'Thank you,\n{myName}',
    ].join('\n\n'),
    builtIn: true,
  },
  {
    id: 'builtin-follow-up-email',
    name: 'Email follow-up',
    channel: 'email',
    subject: 'Following up: your advice on {field}',
    body: [
      'Dear {firstName},',
      'I wrote to you recently because {connection}, and I would value your perspective on your work as {title} at {company}.',
      'I know how full an inbox gets, so this is my only follow-up. If now isn’t a good time, I completely understand, and there is no need to reply.',
      'Otherwise, would you have {minutes} minutes for a call in the coming weeks, at whatever time suits you best?',
      'Best regards,\n{myName}',
    ].join('\n\n'),
    builtIn: true,
  },
];

const builtInById = new Map(builtInTemplates.map((template) => [template.id, template]));

export function builtInTemplate(id: string): Template | null {
  return builtInById.get(id) ?? null;
}

/** The first built-in for a channel, as shipped (the request, not its follow-up): what the composer starts from. */
export function defaultTemplateFor(channel: Channel): Template {
  const template = builtInTemplates.find((candidate) => candidate.channel === channel);
  if (!template) throw new Error(`No built-in template for ${channel}.`);
  return template;
}

/** True when a stored template is a built-in the user changed, so the UI can offer "Restore". */
export function isEditedBuiltIn(template: Template): boolean {
  const original = builtInById.get(template.id);
  return !!original && (original.name !== template.name || original.subject !== template.subject || original.body !== template.body);
}

/**
 * Every template the user can pick: built-ins first (their stored edits in their place), then the
 * user's own in stored order. A stored template of an id no longer shipped is kept as the user's.
 */
export function mergeTemplates(stored: readonly Template[]): Template[] {
  const storedById = new Map(stored.map((template) => [template.id, template]));
  const builtIns = builtInTemplates.map((template) => {
    const edit = storedById.get(template.id);
    return edit ? { ...edit, channel: template.channel, builtIn: true } : template;
  });
  const own = stored.filter((template) => !builtInById.has(template.id)).map((template) => ({ ...template, builtIn: false }));
  return [...builtIns, ...own];
}

export function templatesFor(channel: Channel, stored: readonly Template[]): Template[] {
  return mergeTemplates(stored).filter((template) => template.channel === channel);
}
