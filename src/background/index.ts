import browser, { type Runtime } from 'webextension-polyfill';
import { database } from '../db/database.ts';
import { dispatch } from '../messaging/handle.ts';
import { handlePort } from '../messaging/handle-port.ts';
import { badgeAlarm, ensureBadgeAlarm } from './badge.ts';
import { createHandlers } from './handlers.ts';
import { contactPageUrl, nextDueAlarm, slugOfNotification } from './reminders.ts';
import { saveProfileCommand, saveProfileFromShortcut } from './save-shortcut.ts';
import { refreshToolbar } from './toolbar.ts';
import { pagePath } from '../pages/pages.ts';

// Listeners are registered synchronously at the top level, so a worker woken by an event gets it.
const db = database();
const handlers = createHandlers(db, refreshToolbar);
const senderCheck = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatch(handlers, message, sender, senderCheck),
);

// Long messages (a restore, an import, an export) come over a port, to report progress and take a Cancel.
browser.runtime.onConnect.addListener((port) => handlePort(handlers, port, senderCheck));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === badgeAlarm || alarm.name === nextDueAlarm) void refreshToolbar(db);
});

// A reminder's notification opens that contact; the summary one opens the Today view's list.
browser.notifications.onClicked.addListener((id) => {
  const slug = slugOfNotification(id);
  if (id.startsWith('confab-due:'))
    void browser.tabs.create({ url: slug ? contactPageUrl(slug) : browser.runtime.getURL(pagePath('contacts')) });
  void browser.notifications.clear(id);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === saveProfileCommand) void saveProfileFromShortcut(db, tab);
});

browser.runtime.onInstalled.addListener(() => void start());
browser.runtime.onStartup.addListener(() => void start());

async function start(): Promise<void> {
  await ensureBadgeAlarm();
  await refreshToolbar(db);
}

// Every time the worker starts (install, browser start, or woken after being stopped), recompute.
void start();
