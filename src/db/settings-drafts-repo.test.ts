import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/unit/test-db.ts';
import { defaultSettings } from '../core/settings/settings.ts';
import type { ConfabDb } from './database.ts';
import { getDraft, saveDraft } from './drafts-repo.ts';
import { readSettings, writeSettings } from './settings-repo.ts';

let db: ConfabDb;
afterEach(async () => db?.delete());

describe('settings repository', () => {
  it('starts from the defaults: free account, thank-you within 24 hours', async () => {
    db = freshDb();
    expect(await readSettings(db)).toMatchObject({
      premium: false,
      thankYouDelayHours: 24,
      sender: { minutes: 20 },
      lint: { maxWords: 100 },
      templates: [],
    });
  });

  it('merges a change into what is stored', async () => {
    db = freshDb();
    await writeSettings(db, { premium: true });
    await writeSettings(db, { thankYouDelayHours: 48 });
    expect(await readSettings(db)).toEqual({ ...defaultSettings, premium: true, thankYouDelayHours: 48 });
  });

  it('refuses an impossible delay and keeps the old value', async () => {
    db = freshDb();
    await expect(writeSettings(db, { thankYouDelayHours: 0 })).rejects.toThrow();
    expect(await readSettings(db)).toEqual(defaultSettings);
  });

  it('falls back to the defaults when the stored row is damaged', async () => {
    db = freshDb();
    await db.settings.put({ key: 'settings', value: { premium: 'yes' } as never });
    expect(await readSettings(db)).toEqual(defaultSettings);
  });
});

describe('drafts repository', () => {
  it('keeps one draft per contact and channel, replaced as it is typed', async () => {
    db = freshDb();
    await saveDraft(db, { slug: 'a', channel: 'connection-note', subject: '', body: 'Hi' });
    await saveDraft(db, { slug: 'a', channel: 'connection-note', subject: '', body: 'Hi Avery' });
    await saveDraft(db, { slug: 'a', channel: 'email', subject: 'Hello', body: 'Dear Avery' });
    expect((await getDraft(db, 'a', 'connection-note'))?.body).toBe('Hi Avery');
    expect((await getDraft(db, 'a', 'email'))?.subject).toBe('Hello');
    expect(await db.drafts.count()).toBe(2);
  });
});
