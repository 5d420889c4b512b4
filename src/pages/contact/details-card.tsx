import type { Contact } from '../../core/contacts/contact.ts';
import { shortAddress } from '../../core/contacts/short-address.ts';
import { statusLabels } from '../../core/pipeline/status.ts';
import { formatDay } from '../../ui/format-date.ts';
import { roleLine } from '../../ui/contact-header.tsx';
import { pageHref } from '../pages.ts';

/** Who the person is, as last saved. LinkedIn's text goes in as text nodes only. */
export function DetailsCard({ contact }: { contact: Contact }) {
  const role = roleLine({ ...contact, headline: '' });
  return (
    <header class="card details-card">
      <p class="muted">
        <a href={pageHref('contacts')}>← All contacts</a>
      </p>
      <div class="card-title">
        <h1>{contact.name}</h1>
        <span class="pills">
          <span class={`pill status-pill status-${contact.status}`} data-testid="contact-status">
            {statusLabels[contact.status]}
          </span>
          {contact.archivedAt && (
            <span class="pill archived-pill" data-testid="archived">
              Archived
            </span>
          )}
        </span>
      </div>
      {contact.archivedAt && (
        <p class="notice">
          Archived on {formatDay(contact.archivedAt)}: not in your contacts list, Today or the badge. <a href="#manage">Restore</a> brings
          them back.
        </p>
      )}
      {contact.headline && <p class="headline">{contact.headline}</p>}
      <dl class="facts">
        {role && (
          <>
            <dt>Role</dt>
            <dd>{role}</dd>
          </>
        )}
        {contact.location && (
          <>
            <dt>Location</dt>
            <dd>{contact.location}</dd>
          </>
        )}
        <dt>Profile</dt>
        <dd>
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {shortAddress(contact.url)}
            <span class="visually-hidden"> (LinkedIn profile of {contact.name}, opens in a new tab)</span>
          </a>
        </dd>
        {contact.connection && (
          <>
            <dt>What you share</dt>
            <dd>{contact.connection}</dd>
          </>
        )}
      </dl>
      {contact.about && (
        <details class="about">
          <summary>About</summary>
          <p>{contact.about}</p>
        </details>
      )}
      <nav aria-label="Sections of this page" class="section-nav">
        {[
          ['status', 'Status'],
          ['timeline', 'Timeline'],
          ['notes', 'Notes'],
          ['meeting', 'Meeting'],
          ['reach', 'E-mail and place'],
          ['relations', 'Tags, employer and referrals'],
          ['captures', 'Capture history'],
          ['manage', 'Archive, merge or delete'],
        ].map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>
    </header>
  );
}
