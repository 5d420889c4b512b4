import browser, { type Runtime } from 'webextension-polyfill';
import { database } from '../db/database.ts';
import { dispatch } from '../messaging/handle.ts';
import { badgeAlarm, ensureBadgeAlarm, refreshBadge, thankYouDueAlarm } from './badge.ts';
import { createHandlers } from './handlers.ts';
import { contactPageUrl, nextDueAlarm, refreshReminders, slugOfNotification } from './reminders.ts';
import { saveProfileCommand, saveProfileFromShortcut } from './save-shortcut.ts';

// Listeners are registered synchronously at the top level, so a worker woken by an event gets it.
const db = database();
/** After every change: the reminders (alarm, notifications), then the badge. */
const refreshToolbar = async (target: typeof db) => {
  await refreshReminders(target);
  return refreshBadge(target);
};
const handlers = createHandlers(db, refreshToolbar);
const senderCheck = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatch(handlers, message, sender, senderCheck),
);

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === badgeAlarm || alarm.name === thankYouDueAlarm || alarm.name === nextDueAlarm) void refreshToolbar(db);
});

// A reminder's notification opens that contact; the summary one opens the Today view's list.
browser.notifications.onClicked.addListener((id) => {
  const slug = slugOfNotification(id);
  if (id.startsWith('confab-due:')) void browser.tabs.create({ url: slug ? contactPageUrl(slug) : browser.runtime.getURL('src/options/contacts.html') });
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
