import { useEffect, useState } from 'preact/hooks';
import { channelLabels, channels, countAgainst, countBody, hasSubject, subjectLimit, type Channel } from '../core/channels.ts';
import type { Contact } from '../core/contact.ts';
import { defaultSettings } from '../core/settings.ts';
import { database } from '../db/database.ts';
import { readSettings } from '../db/settings-repo.ts';
import { useLiveQuery, valueOr } from '../ui/use-live-query.ts';
import { DraftEditor } from './draft-editor.tsx';
import { readDraftSelection, writeDraftSelection, type DraftSelection } from './draft-selection.ts';

export function DraftView({ pageSlug }: { pageSlug: string | null }) {
  const contacts = useLiveQuery(() => database().contacts.toArray(), []);
  const settings = useLiveQuery(() => readSettings(database()), []);
  const [selection, setSelection] = useState<DraftSelection | null | 'loading'>('loading');

  useEffect(() => {
    void readDraftSelection().then(setSelection);
  }, []);

  if (contacts.state === 'loading' || selection === 'loading') return <p class="muted">Loading…</p>;
  if (contacts.state === 'error') return <p class="notice error" role="alert">{contacts.error}</p>;
  const list = [...contacts.value].sort((a, b) => a.name.localeCompare(b.name));
  if (list.length === 0) {
    return <p class="notice">Save a profile from <strong>This page</strong> first, then draft your request to them here.</p>;
  }

  const slug = pickContact(list, selection?.slug ?? null, pageSlug);
  const channel: Channel = selection?.channel ?? 'connection-note';
  const choose = (next: DraftSelection) => {
    setSelection(next);
    void writeDraftSelection(next);
  };
  const premium = valueOr(settings, defaultSettings).premium;

  return (
    <div class="stack">
      <div class="form-grid">
        <label class="field">
          Contact
          <select value={slug} onChange={(e) => choose({ slug: e.currentTarget.value, channel })}>
            {list.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          Channel
          <select value={channel} onChange={(e) => choose({ slug, channel: e.currentTarget.value as Channel })}>
            {channels.map((c) => (
              <option key={c} value={c}>
                {channelLabels[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DraftEditor
        key={`${slug}|${channel}`}
        slug={slug}
        channel={channel}
        countBody={(text) => countBody(channel, text, { premium })}
        countSubject={hasSubject(channel) ? (text) => countAgainst(text, subjectLimit(channel)) : null}
      />
      <p class="muted">Confab never sends anything: copy the text and send it yourself on LinkedIn or by email.</p>
    </div>
  );
}

/** The last contact drafted for, else the person on the open page, else the first by name. */
function pickContact(list: readonly Contact[], stored: string | null, pageSlug: string | null): string {
  const has = (slug: string | null): slug is string => slug !== null && list.some((c) => c.slug === slug);
  if (has(stored)) return stored;
  if (has(pageSlug)) return pageSlug;
  return list[0]!.slug;
}
