import { describe, expect, it, vi } from 'vitest';
import { noTask } from '../core/progress/progress.ts';
import { dispatch, isTrustedSender, type Handlers } from './handle.ts';
import { envelope, requestSchemas, type MessageName } from './protocol.ts';

const options = { extensionId: 'confab-id', extensionOrigin: 'chrome-extension://confab-id/' };
const popup = { id: 'confab-id', url: 'chrome-extension://confab-id/src/pages/popup/index.html' };

function handlers(): Handlers {
  const reply = vi.fn(async () => ({}) as never);
  const names = Object.keys(requestSchemas) as MessageName[];
  return Object.fromEntries(names.map((name) => [name, reply])) as unknown as Handlers;
}

describe('messages where they land', () => {
  it('hands a valid message from the popup to its handler, parsed', async () => {
    const h = handlers();
    const result = await dispatch(h, envelope('moveContact', { slug: 'avery-quinlan', to: 'met' }), popup, options);
    expect(result).toEqual({ ok: true, value: {} });
    expect(h.moveContact).toHaveBeenCalledWith({ slug: 'avery-quinlan', to: 'met' }, noTask);
  });

  it.each([
    ['a LinkedIn page (injected script)', { id: 'confab-id', url: 'https://www.linkedin.com/in/x/', tab: { id: 1 } }],
    ['another extension', { id: 'evil-id', url: 'chrome-extension://evil-id/page.html' }],
    ['a sender with no URL', { id: 'confab-id' }],
    ['a look-alike origin', { id: 'confab-id', url: 'chrome-extension://confab-id.evil/' }],
  ])('refuses a message from %s and calls nothing', async (_label, sender) => {
    const h = handlers();
    const result = await dispatch(h, envelope('markThanked', { slug: 'x' }), sender, options);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/did not come from one of Confab/) });
    expect(h.markThanked).not.toHaveBeenCalled();
  });

  it.each([
    ['no envelope', { name: 'markThanked', payload: { slug: 'x' } }],
    ['an unknown name', { confab: 1, name: 'dropDatabase', payload: {} }],
    ['a prototype name', { confab: 1, name: '__proto__', payload: {} }],
    ['a string', 'markThanked'],
    ['null', null],
  ])('refuses %s as not understood', async (_label, message) => {
    const result = await dispatch(handlers(), message, popup, options);
    expect(result).toEqual({ ok: false, error: 'Refused: this is not a message Confab understands.' });
  });

  it.each([
    ['a status that does not exist', envelope('moveContact', { slug: 'x', to: 'hired' as never })],
    ['a missing slug', { confab: 1, name: 'markThanked', payload: {} }],
    ['a draft far too long', envelope('saveDraft', { slug: 'x', channel: 'email', subject: '', body: 'x'.repeat(60_000) })],
    [
      'a contact name that is not text',
      { confab: 1, name: 'saveContact', payload: { fields: { name: 42, url: 'https://www.linkedin.com/in/a/' }, capture: null } },
    ],
  ])('refuses a payload with %s, naming the problem', async (_label, message) => {
    const h = handlers();
    const result = await dispatch(h, message, popup, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Refused “\w+”: /);
    expect(Object.values(h).every((fn) => (fn as ReturnType<typeof vi.fn>).mock.calls.length === 0)).toBe(true);
  });

  it.each([
    ['a blank name', { name: ' ', url: 'https://www.linkedin.com/in/a/' }, 'A contact needs a name: write it in Name.', 'name'],
    [
      'a non-URL',
      { name: 'A', url: 'javascript:alert(1)' },
      expect.stringMatching(/^The Profile URL must be a LinkedIn profile address/),
      'url',
    ],
  ])('refuses a contact with %s in a sentence that points at the field', async (_label, fields, error, field) => {
    const h = handlers();
    expect(await dispatch(h, envelope('saveContact', { fields, capture: null }), popup, options)).toEqual({ ok: false, error, field });
    expect(h.saveContact).not.toHaveBeenCalled();
  });

  it('turns a handler’s exception into an error reply', async () => {
    const h = handlers();
    h.markThanked = async () => {
      throw new Error('A contact cannot move from Prospect to Thanked.');
    };
    expect(await dispatch(h, envelope('markThanked', { slug: 'x' }), popup, options)).toEqual({
      ok: false,
      error: 'A contact cannot move from Prospect to Thanked.',
    });
  });

  it('trusts the options page too', () => {
    expect(isTrustedSender({ id: 'confab-id', url: 'chrome-extension://confab-id/src/pages/options/index.html' }, options)).toBe(true);
  });
});
