import type { Channel } from '../../core/drafting/channels.ts';
import { builtInTemplate, isEditedBuiltIn, templateSchema, type Template } from '../../core/drafting/templates.ts';

/**
 * What the options page stores as `settings.templates`: only built-ins the user changed (under the
 * built-in's id) and the user's own. A built-in edited back to its original is not an edit any more.
 */
export function storeTemplate(stored: readonly Template[], template: Template): Template[] {
  const original = builtInTemplate(template.id);
  const entry: Template = original ? { ...template, channel: original.channel, builtIn: true } : { ...template, builtIn: false };
  const keep = !original || isEditedBuiltIn(entry);
  const index = stored.findIndex((candidate) => candidate.id === template.id);
  if (index === -1) return keep ? [...stored, entry] : [...stored];
  return keep ? stored.map((candidate, at) => (at === index ? entry : candidate)) : stored.filter((_, at) => at !== index);
}

/** Restoring a built-in and deleting an own template both drop the stored entry. */
export function removeTemplate(stored: readonly Template[], id: string): Template[] {
  return stored.filter((template) => template.id !== id);
}

function newTemplateId(): string {
  return `own-${crypto.randomUUID()}`;
}

export function blankTemplate(channel: Channel): Template {
  return { id: newTemplateId(), name: '', channel, subject: '', body: '', builtIn: false };
}

export type TemplateCheck = { ok: true; template: Template } | { ok: false; errors: { path: readonly PropertyKey[]; message: string }[] };

/** The stored schema decides; a template with no message at all is refused too, as it could never be used. */
export function checkTemplate(draft: Template): TemplateCheck {
  const parsed = templateSchema.safeParse(draft);
  const errors: { path: readonly PropertyKey[]; message: string }[] = parsed.success ? [] : [...parsed.error.issues];
  if (!draft.body.trim()) errors.push({ path: ['body'], message: 'A template needs a message.' });
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, template: parsed.data };
}
