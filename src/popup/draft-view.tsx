import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { channelLabels, channels, type Channel } from '../core/channels.ts';
import type { Contact } from '../core/contact.ts';
import { defaultSettings } from '../core/settings.ts';
import { database } from '../db/database.ts';
import { readSettings } from '../db/settings-repo.ts';
import { send } from '../messaging/send.ts';
import { useLiveQuery, valueOr } from '../ui/use-live-query.ts';
import { DraftEditor } from './draft-editor.tsx';
import { readDraftSelection, writeDraftSelection, type DraftSelection } from './draft-selection.ts';

export function DraftView({ pageSlug }: { pageSlug: string | null }) {
  const contacts = useLiveQuery(() => database().contacts.toArray(), []);
  const settings = useLiveQuery(() => readSettings(database()), []);
  const [selection, setSelection] = useState<DraftSelection | null | 'loading'>('loading');
  // What is typed in Your connection, per contact, before it is saved: a template used meanwhile fills it in.
  const [typed, setTyped] = useState<Record<string, string>>({});

  useEffect(() => {
    void readDraftSelection().then(setSelection);
  }, []);

  if (contacts.state === 'loading' || selection === 'loading') return <p class="muted">Loading…</p>;
  if (contacts.state === 'error') return <p class="notice error" role="alert">{contacts.error}</p>;
  const list = [...contacts.value].sort((a, b) => a.name.localeCompare(b.name));
  if (list.length === 0) {
    return <p class="notice">Save a profile from <strong>This page</strong> first, then draft your request to them here.</p>;
  }

  const saved = pickContact(list, selection?.slug ?? null, pageSlug);
  const contact = { ...saved, connection: typed[saved.slug] ?? saved.connection };
  const channel: Channel = selection?.channel ?? 'connection-note';
  const choose = (next: DraftSelection) => {
    setSelection(next);
    void writeDraftSelection(next);
  };
  const openConversation = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(`src/options/conversation.html?slug=${encodeURIComponent(contact.slug)}`) });

  return (
    <div class="stack">
      <div class="form-grid">
        <label class="field">
          Contact
          <select value={contact.slug} onChange={(e) => choose({ slug: e.currentTarget.value, channel })}>
            {list.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          Channel
          <select value={channel} onChange={(e) => choose({ slug: contact.slug, channel: e.currentTarget.value as Channel })}>
            {channels.map((c) => (
              <option key={c} value={c}>
                {channelLabels[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ConnectionField key={contact.slug} contact={saved} onType={(value) => setTyped({ ...typed, [saved.slug]: value })} />
      <DraftEditor key={`${contact.slug}|${channel}`} contact={contact} channel={channel} settings={valueOr(settings, defaultSettings)} />
      <p class="muted">
        Confab never sends anything: copy the text and send it yourself.{' '}
        <button type="button" class="link-button" onClick={openConversation}>
          Agenda, notes and thank-you for {contact.name} ↗
        </button>
      </p>
    </div>
  );
}

/** What the user and this person share: the opening of every request, saved per contact. */
function ConnectionField({ contact, onType }: { contact: Contact; onType: (value: string) => void }) {
  const [value, setValue] = useState(contact.connection);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (value.trim() === contact.connection) return;
    send('setConnection', { slug: contact.slug, connection: value }).then(
      () => setError(null),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };
  return (
    <label class="field">
      Your connection
      <input
        type="text"
        value={value}
        maxLength={500}
        placeholder="we both studied at Lakeshore / Priya suggested I write"
        onInput={(e) => {
          setValue(e.currentTarget.value);
          onType(e.currentTarget.value.trim());
        }}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      {error && (
        <span class="notice error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** The last contact drafted for, else the person on the open page, else the first by name. */
function pickContact(list: readonly Contact[], stored: string | null, pageSlug: string | null): Contact {
  return list.find((c) => c.slug === stored) ?? list.find((c) => c.slug === pageSlug) ?? list[0]!;
}
