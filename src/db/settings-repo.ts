import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../core/settings/settings.ts';
import type { ConfabDb } from './database.ts';

export async function readSettings(db: ConfabDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  // A damaged row must not stop the extension: fall back to the defaults.
  return parsed.success ? parsed.data : defaultSettings;
}

export async function writeSettings(db: ConfabDb, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = settingsSchema.parse({ ...(await readSettings(db)), ...changes });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
