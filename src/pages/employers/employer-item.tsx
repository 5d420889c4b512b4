import { useState } from 'preact/hooks';
import { scoreLabels, type Employer } from '../../core/employers/employers.ts';
import { inPipeline, statusLabels } from '../../core/pipeline/status.ts';
import { database } from '../../db/database.ts';
import { useLiveQuery, valueOr } from '../../ui/use-live-query.ts';
import { ConfirmDelete } from '../../ui/confirm-delete.tsx';
import { contactHref } from '../../ui/contact-row.tsx';

interface Props {
  employer: Employer & { id: number };
  rank: number;
  busy: boolean;
  onEdit: () => void;
  onDelete: (linked: number) => void;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** One row of the LAMP list: its scores in words, the user's notes, and the people there. */
export function EmployerItem({ employer, rank, busy, onEdit, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const contacts = valueOr(
    useLiveQuery(
      () =>
        database()
          .contacts.where('employerId')
          .equals(employer.id)
          .filter((contact) => inPipeline(contact.status))
          .sortBy('name'),
      [employer.id],
    ),
    [],
  );
  const unlink = contacts.length > 0 ? ` and unlink ${plural(contacts.length, 'contact')} (they stay in your contacts)` : '';

  return (
    <li class="employer card" id={`employer-${employer.id}`} data-employer={employer.name} aria-labelledby={`employer-${employer.id}-name`}>
      <div class="employer-head">
        <span class="rank" aria-hidden="true">
          {rank}
        </span>
        <h2 id={`employer-${employer.id}-name`}>{employer.name}</h2>
        <div class="row employer-actions">
          <button type="button" id={`edit-employer-${employer.id}`} aria-label={`Edit ${employer.name}`} onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            class="danger-outline"
            aria-label={`Delete ${employer.name}`}
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        </div>
      </div>
      <dl class="scores">
        <div class={employer.advocacy ? 'score yes' : 'score'}>
          <dt>Advocacy</dt>
          <dd>{employer.advocacy ? 'Yes' : 'No'}</dd>
        </div>
        <div class="score">
          <dt>Motivation</dt>
          <dd>
            {employer.motivation} · {scoreLabels.motivation[employer.motivation]}
          </dd>
        </div>
        <div class="score">
          <dt>Posting</dt>
          <dd>
            {employer.posting} · {scoreLabels.posting[employer.posting]}
          </dd>
        </div>
      </dl>
      {employer.notes && <p class="employer-notes">{employer.notes}</p>}
      {contacts.length === 0 ? (
        <p class="muted">No contacts linked yet.</p>
      ) : (
        <div>
          <h3>{plural(contacts.length, 'contact')}</h3>
          <ul class="people">
            {contacts.map((contact) => (
              <li key={contact.slug}>
                <a href={contactHref(contact.slug)}>{contact.name}</a> <span class="muted">{statusLabels[contact.status]}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {confirming && (
        <ConfirmDelete
          what={`“${employer.name}”${unlink}`}
          onCancel={() => {
            setConfirming(false);
            document.getElementById(`edit-employer-${employer.id}`)?.focus();
          }}
          onConfirm={() => {
            setConfirming(false);
            onDelete(contacts.length);
          }}
        />
      )}
    </li>
  );
}
