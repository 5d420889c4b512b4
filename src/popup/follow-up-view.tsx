import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../core/contact.ts';
import { nextStatuses, statuses, statusLabels, type Status } from '../core/status.ts';
import { pendingThankYous } from '../core/thank-you.ts';
import { defaultSettings, dueSettingsOf } from '../core/settings.ts';
import { database } from '../db/database.ts';
import { readSettings } from '../db/settings-repo.ts';
import { send } from '../messaging/send.ts';
import { formatDay, formatDayTime } from '../ui/format-date.ts';
import { useLiveQuery, valueOr } from '../ui/use-live-query.ts';

export function FollowUpView() {
  const contacts = useLiveQuery(() => database().contacts.toArray(), []);
  const settings = useLiveQuery(() => readSettings(database()), []);
  const now = useMinuteClock();
  const [error, setError] = useState<string | null>(null);

  if (contacts.state === 'loading') return <p class="muted">Loading…</p>;
  if (contacts.state === 'error') return <p class="notice error" role="alert">{contacts.error}</p>;
  const pending = pendingThankYous(contacts.value, dueSettingsOf(valueOr(settings, defaultSettings)), now);

  const act = (promise: Promise<unknown>) => {
    setError(null);
    promise.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <div class="stack">
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <section class="stack" aria-labelledby="thanks-heading">
        <h2 id="thanks-heading">Thank-you notes to write</h2>
        {pending.length === 0 ? (
          <p class="muted">No thank-you notes pending. After a conversation, move the contact to Met.</p>
        ) : (
          <ul class="contact-list" data-testid="pending-thanks">
            {pending.map(({ contact, dueAt, overdue }) => (
              <li key={contact.slug} class="contact-row" data-slug={contact.slug}>
                <span class="who">
                  <strong>{contact.name}</strong>
                  <span class="muted">
                    Met {formatDay(contact.metAt ?? contact.statusChangedAt)} · {overdue ? 'was due' : 'due'} {formatDayTime(dueAt)}
                  </span>
                </span>
                <span class="row">
                  {overdue && <span class="pill overdue">Overdue</span>}
                  <button type="button" onClick={() => act(send('markThanked', { slug: contact.slug }))}>
                    Mark thanked
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="stack" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Contacts</h2>
        {contacts.value.length === 0 && <p class="muted">No contacts yet: save a profile from This page.</p>}
        {statuses.map((status) => (
          <StatusGroup key={status} status={status} contacts={contacts.value.filter((c) => c.status === status)} onMove={(slug, to) => act(send('moveContact', { slug, to }))} />
        ))}
      </section>
    </div>
  );
}

function StatusGroup({ status, contacts, onMove }: { status: Status; contacts: Contact[]; onMove: (slug: string, to: Status) => void }) {
  if (contacts.length === 0) return null;
  const sorted = [...contacts].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div class="stack" data-status={status}>
      <h3>
        {statusLabels[status]} ({contacts.length})
      </h3>
      <ul class="contact-list">
        {sorted.map((contact) => (
          <li key={contact.slug} class="contact-row" data-slug={contact.slug}>
            <span class="who">
              <strong>{contact.name}</strong>
              <span class="muted">{[contact.currentTitle, contact.currentCompany].filter(Boolean).join(' · ') || contact.headline}</span>
            </span>
            <select
              aria-label={`Move ${contact.name} to`}
              value=""
              onChange={(e) => {
                const to = e.currentTarget.value as Status;
                e.currentTarget.value = '';
                if (to) onMove(contact.slug, to);
              }}
            >
              <option value="">Move to…</option>
              {nextStatuses(contact.status).map((to) => (
                <option key={to} value={to}>
                  {statusLabels[to]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Re-renders every minute, so a thank-you turns overdue while the popup is open. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
