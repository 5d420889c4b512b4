import { describe, expect, it } from 'vitest';
import { builtInTemplate, mergeTemplates, type Template } from '../../core/drafting/templates.ts';
import { blankTemplate, checkTemplate, removeTemplate, storeTemplate } from './template-store.ts';

const note = builtInTemplate('builtin-connection-note')!;
const own: Template = {
  id: 'own-1',
  name: 'Alumni InMail',
  channel: 'inmail',
  subject: 'Fellow alum',
  body: 'Hi {firstName}',
  builtIn: false,
};

describe('the stored template list', () => {
  it('stores an edited built-in under its id, once, and keeps its channel', () => {
    const edited = { ...note, body: `${note.body} Thanks!`, channel: 'email' as const };
    const once = storeTemplate([], edited);
    expect(once).toEqual([{ ...edited, channel: 'connection-note', builtIn: true }]);
    expect(storeTemplate(once, { ...edited, body: 'Hi {firstName}' })).toHaveLength(1);
    expect(mergeTemplates(once)[0]?.body).toBe(`${note.body} Thanks!`);
  });

  it('drops a built-in edited back to its original: only changes are stored', () => {
    const stored = storeTemplate([own], { ...note, name: 'My note' });
    expect(storeTemplate(stored, { ...note })).toEqual([own]);
    expect(storeTemplate([], { ...note })).toEqual([]);
  });

  it('appends an own template, replaces it in place when edited, and removes it', () => {
    const other = { ...own, id: 'own-2', name: 'Second' };
    const stored = storeTemplate(storeTemplate([], own), other);
    expect(stored.map((template) => template.id)).toEqual(['own-1', 'own-2']);
    const renamed = storeTemplate(stored, { ...own, name: 'Renamed', builtIn: true });
    expect(renamed.map((template) => [template.name, template.builtIn])).toEqual([
      ['Renamed', false],
      ['Second', false],
    ]);
    expect(removeTemplate(renamed, 'own-1')).toEqual([other]);
  });

  it('checks a template with the stored schema, and refuses one without a message', () => {
    const blank = blankTemplate('message');
    expect(blank.id).toMatch(/^own-/);
    const check = checkTemplate(blank);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.map((error) => error.message)).toEqual(['A template needs a name.', 'A template needs a message.']);
    expect(checkTemplate({ ...own, name: '  Trimmed  ' })).toEqual({ ok: true, template: { ...own, name: 'Trimmed' } });
  });
});
