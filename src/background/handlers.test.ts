import { afterEach, describe, expect, it, vi } from 'vitest';
import { avery, freshDb } from '../../test/unit/test-db.ts';
import { defaultSettings } from '../core/settings/settings.ts';
import type { ConfabDb } from '../db/database.ts';
import { dispatch } from '../messaging/handle.ts';
import { envelope } from '../messaging/protocol.ts';
import { createHandlers } from './handlers.ts';

// The badge itself is tested in badge.test.ts; here the refresh is a spy.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const options = { extensionId: 'id', extensionOrigin: 'chrome-extension://id/' };
const popup = { id: 'id', url: 'chrome-extension://id/src/pages/popup/index.html' };
let db: ConfabDb;
afterEach(async () => db?.delete());

describe('background handlers on a real database', () => {
  it('saves, moves and thanks, recomputing the badge after each change', async () => {
    db = freshDb();
    const refresh = vi.fn(async () => 0);
    const h = createHandlers(db, refresh);
    const call = (message: unknown) => dispatch(h, message, popup, options);

    expect(await call(envelope('saveContact', { fields: avery, capture: null }))).toMatchObject({ ok: true, value: { created: true } });
    for (const to of ['requested', 'accepted', 'met'] as const) await call(envelope('moveContact', { slug: 'avery-quinlan', to }));
    expect(await call(envelope('markThanked', { slug: 'avery-quinlan' }))).toMatchObject({
      ok: true,
      value: { contact: { status: 'thanked' } },
    });
    expect(refresh).toHaveBeenCalledTimes(5);
  });

  it('changes only the settings a message names', async () => {
    db = freshDb();
    const h = createHandlers(db, async () => 0);
    await dispatch(h, envelope('saveSettings', { premium: true }), popup, options);
    expect(await dispatch(h, envelope('saveSettings', { thankYouDelayHours: 48 }), popup, options)).toEqual({
      ok: true,
      value: { settings: { ...defaultSettings, premium: true, thankYouDelayHours: 48 } },
    });
  });

  it('answers a hostile or malformed message with an error and leaves the data as it was', async () => {
    db = freshDb();
    const h = createHandlers(db, async () => 0);
    await dispatch(h, envelope('saveContact', { fields: avery, capture: null }), popup, options);
    const before = await db.contacts.toArray();

    const replies = await Promise.all([
      dispatch(h, envelope('moveContact', { slug: 'avery-quinlan', to: 'thanked' }), popup, options),
      dispatch(h, { confab: 1, name: 'saveContact', payload: { fields: { name: '<b>x</b>' } } }, popup, options),
      dispatch(h, envelope('markThanked', { slug: 'avery-quinlan' }), { id: 'id', url: 'https://www.linkedin.com/in/x/' }, options),
      dispatch(h, envelope('saveSettings', { thankYouDelayHours: -5 }), popup, options),
    ]);
    expect(replies.every((r) => !r.ok && r.error.length > 0)).toBe(true);
    expect(await db.contacts.toArray()).toEqual(before);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses a form filled from one person’s page but given another person’s address, creating nobody', async () => {
    db = freshDb();
    const h = createHandlers(db, async () => 0);
    const capture = {
      kind: 'profile' as const,
      slug: 'avery-quinlan',
      url: avery.url,
      name: 'Avery Quinlan',
      headline: null,
      location: null,
      currentTitle: null,
      currentCompany: null,
      about: null,
      experience: [],
      education: [],
      missing: [],
    };
    expect(await dispatch(h, envelope('saveContact', { fields: avery, capture }), popup, options)).toMatchObject({ ok: true });
    const other = { ...avery, url: 'https://www.linkedin.com/in/jordan-reyes-data/' };
    expect(await dispatch(h, envelope('saveContact', { fields: other, capture }), popup, options)).toEqual({
      ok: false,
      error:
        'This form is for Avery Quinlan, whose address is the page’s: linkedin.com/in/avery-quinlan. To save someone else, open their profile.',
      field: 'url',
    });
    expect(await db.contacts.count()).toBe(1);
    // Without a page the form is the person's own: any profile address is theirs to save.
    expect(await dispatch(h, envelope('saveContact', { fields: other, capture: null }), popup, options)).toMatchObject({
      ok: true,
      value: { created: true },
    });
  });

  it('points at the field a person can get wrong, in a sentence', async () => {
    db = freshDb();
    const h = createHandlers(db, async () => 0);
    expect(await dispatch(h, envelope('saveContact', { fields: { ...avery, name: '  ' }, capture: null }), popup, options)).toEqual({
      ok: false,
      error: 'A contact needs a name: write it in Name.',
      field: 'name',
    });
    expect(
      await dispatch(
        h,
        envelope('saveContact', { fields: { ...avery, url: 'https://example.com/in/avery' }, capture: null }),
        popup,
        options,
      ),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/^The Profile URL must be a LinkedIn profile address/),
      field: 'url',
    });
    expect(await db.contacts.count()).toBe(0);
  });

  it('deletes a contact and restores it from the rows the reply carried, archives and merges, recomputing the badge each time', async () => {
    db = freshDb();
    const refresh = vi.fn(async () => 0);
    const call = (message: unknown) => dispatch(createHandlers(db, refresh), message, popup, options);
    await call(envelope('saveContact', { fields: avery, capture: null }));
    await call(envelope('saveContact', { fields: { ...avery, url: 'https://www.linkedin.com/in/avery-q/' }, capture: null }));
    const before = await db.contacts.get('avery-quinlan');
    const deleted = await call(envelope('deleteContact', { slug: 'avery-quinlan' }));
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await db.contacts.get('avery-quinlan')).toBeUndefined();
    // As the page sends it back: through JSON-like cloning, checked by the schema where it lands.
    expect(await call(envelope('restoreContact', structuredClone(deleted.value) as never))).toMatchObject({ ok: true });
    expect(await db.contacts.get('avery-quinlan')).toEqual(before);
    expect(await call(envelope('archiveContact', { slug: 'avery-q', archived: true }))).toMatchObject({
      ok: true,
      value: { contact: { archivedAt: expect.any(String) } },
    });
    expect(await call(envelope('mergeContacts', { keep: 'avery-quinlan', drop: 'avery-q' }))).toMatchObject({
      ok: true,
      value: { contact: { slug: 'avery-quinlan' } },
    });
    expect(await db.contacts.count()).toBe(1);
    expect(refresh).toHaveBeenCalledTimes(6);
  });
});
