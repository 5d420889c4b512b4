import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../test/unit/test-db.ts';
import type { ExtractedProfile } from '../core/contacts/profile.ts';
import type { ConfabDb } from '../db/database.ts';

const notifications = vi.hoisted(() => [] as Array<{ title: string; message: string }>);
const capture = vi.hoisted(() => ({ next: null as unknown }));

vi.mock('webextension-polyfill', () => ({
  default: {
    notifications: {
      create: async (options: { title: string; message: string }) => void notifications.push(options),
      clear: async () => true,
    },
    // The save recomputes the reminders too, which remember what they notified.
    storage: { local: { get: async () => ({}), set: async () => {} } },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
    action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
    alarms: { create: async () => {}, clear: async () => true },
  },
}));
vi.mock('../content/capture-tab.ts', () => ({ captureTab: async () => capture.next }));

const { saveProfileFromShortcut } = await import('./save-shortcut.ts');

const jordan: ExtractedProfile = {
  kind: 'profile',
  slug: 'jordan-reyes-data',
  url: 'https://www.linkedin.com/in/jordan-reyes-data/',
  name: 'Jordan Reyes',
  headline: 'Data engineer',
  location: 'Chicago',
  currentTitle: 'Data Engineer',
  currentCompany: 'Quarry Analytics',
  about: null,
  experience: [],
  education: [],
  missing: ['about', 'experience', 'education'],
  degree: null,
  invitationPending: null,
  mutualConnections: null,
};

const linkedInTab = { id: 7, url: 'https://www.linkedin.com/in/jordan-reyes-data/' };
let db: ConfabDb;
afterEach(async () => {
  await db?.delete();
  notifications.length = 0;
});

describe('the “Save this profile” shortcut', () => {
  it('saves the open profile and confirms, then updates it the second time', async () => {
    db = freshDb();
    capture.next = jordan;
    await saveProfileFromShortcut(db, linkedInTab);
    await saveProfileFromShortcut(db, linkedInTab);
    expect(notifications.map((n) => n.title)).toEqual(['Saved as prospect', 'Contact updated']);
    expect(notifications[0]!.message).toBe('Jordan Reyes is now in Confab.');
    expect(await db.contacts.count()).toBe(1);
  });

  it('explains that only LinkedIn profiles can be saved, without touching the page', async () => {
    db = freshDb();
    capture.next = jordan;
    await saveProfileFromShortcut(db, { id: 3, url: 'https://example.com/' });
    await saveProfileFromShortcut(db, { id: 4 });
    expect(notifications.map((n) => n.message)).toEqual([
      expect.stringContaining('Open a LinkedIn profile'),
      expect.stringContaining('Open a LinkedIn profile'),
    ]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('explains a sign-in wall and saves nothing', async () => {
    db = freshDb();
    capture.next = { kind: 'authwall' };
    await saveProfileFromShortcut(db, linkedInTab);
    expect(notifications).toEqual([expect.objectContaining({ message: 'LinkedIn is showing a sign-in page; sign in and try again.' })]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('reports a profile it cannot save (no name on the page) without throwing', async () => {
    db = freshDb();
    capture.next = { ...jordan, name: null };
    await saveProfileFromShortcut(db, linkedInTab);
    expect(notifications[0]).toMatchObject({
      title: 'Confab could not save this page',
      message: expect.stringContaining('No name was found'),
    });
    expect(await db.contacts.count()).toBe(0);
  });
});
