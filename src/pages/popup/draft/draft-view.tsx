import { useEffect, useState } from 'preact/hooks';
import { channelLabels, channels, type Channel } from '../../../core/drafting/channels.ts';
import type { Contact } from '../../../core/contacts/contact.ts';
import { defaultSettings } from '../../../core/settings/settings.ts';
import { database } from '../../../db/database.ts';
import { readSettings } from '../../../db/settings-repo.ts';
import { send } from '../../../messaging/send.ts';
import { useLiveQuery, valueOr } from '../../../ui/use-live-query.ts';
import { DraftEditor } from './draft-editor.tsx';
import { readDraftChoices, listedAtMost } from './draft-choices.ts';
import { pickDraftContact } from './draft-pick.ts';
import { openPage } from '../../../ui/open-page.ts';
import { readDraftSelection, writeDraftSelection, type DraftSelection } from './draft-selection.ts';

interface Props {
  /** The saved or unsaved person on the page in front; undefined while the page is being read. */
  pageSlug: string | null | undefined;
  /** Whether the remembered selection was chosen in this popup (it then wins over the page). */
  chosenHere: boolean;
  onChoose: () => void;
}

export function DraftView({ pageSlug, chosenHere, onChoose }: Props) {
  const [selection, setSelection] = useState<DraftSelection | null | 'loading'>('loading');
  const remembered = selection === 'loading' ? undefined : selection?.slug;
  // Asked once the remembered selection is known, so the person Draft opens on is always listed.
  const contacts = useLiveQuery(
    () => (selection === 'loading' ? null : readDraftChoices(database(), [remembered, pageSlug])),
    [selection === 'loading', remembered, pageSlug],
  );
  const settings = useLiveQuery(() => readSettings(database()), []);
  // What is typed in Your connection, per contact, before it is saved: a template used meanwhile fills it in.
  const [typed, setTyped] = useState<Record<string, string>>({});

  useEffect(() => {
    void readDraftSelection().then(setSelection);
  }, []);

  if (contacts.state === 'error')
    return (
      <p class="notice error" role="alert">
        {contacts.error}
      </p>
    );
  // Not before the page is read: the draft shown must not change hands under the person's typing.
  if (contacts.state === 'loading' || contacts.value === null || selection === 'loading' || pageSlug === undefined)
    return <p class="muted">Loading…</p>;
  const { list, total } = contacts.value;
  if (list.length === 0) {
    return (
      <p class="notice">
        Save a profile from <strong>This page</strong> first, then draft your request to them here.
      </p>
    );
  }

  const saved = pickDraftContact(list, selection?.slug ?? null, pageSlug, chosenHere);
  const contact = { ...saved, connection: typed[saved.slug] ?? saved.connection };
  const channel: Channel = selection?.channel ?? 'connection-note';
  const choose = (next: DraftSelection) => {
    setSelection(next);
    onChoose();
    void writeDraftSelection(next);
  };
  // Typing in a draft makes it the one remembered for next time.
  const remember = () => {
    if (selection?.slug !== contact.slug || selection.channel !== channel) choose({ slug: contact.slug, channel });
  };
  const openConversation = () => openPage('conversation', { slug: contact.slug });

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
      {total > list.length && (
        <p class="muted" data-testid="draft-listed">
          Listed: the {listedAtMost} contacts updated last, of {total.toLocaleString('en')}. To draft to someone else, open their LinkedIn
          profile first.
        </p>
      )}
      <ConnectionField key={contact.slug} contact={saved} onType={(value) => setTyped({ ...typed, [saved.slug]: value })} />
      <DraftEditor
        key={`${contact.slug}|${channel}`}
        contact={contact}
        channel={channel}
        settings={valueOr(settings, defaultSettings)}
        onEdit={remember}
      />
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
