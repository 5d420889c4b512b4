import type { Contact } from '../core/contacts/contact.ts';
import { statusLabels } from '../core/pipeline/status.ts';
import { formatDay } from './format-date.ts';
import { roleLine } from './contact-header.tsx';
import { pageHref } from '../pages/pages.ts';

export const contactRowHeight = 64;

export const contactHref = (slug: string) => pageHref('contact', { slug });

/**
 * One contact in the list: the name is the row's link (stretched over the row for the pointer), the
 * rest describes it. Fixed height: text that does not fit is cut with an ellipsis, never wrapped. A row
 * whose contact is still being read (a fast scroll, a jump to the end) has its link already, and keeps
 * the same element once the contact is there, so the keyboard never waits and focus is never lost.
 */
export function ContactRow({ slug, contact, tabbable }: { slug: string; contact: Contact | undefined; tabbable: boolean }) {
  return (
    <div class="contact-row" data-slug={slug} aria-busy={contact ? undefined : 'true'}>
      <a class="contact-name" href={contactHref(slug)} tabIndex={tabbable ? 0 : -1}>
        {contact?.name ?? '…'}
      </a>
      {contact && <ContactDetails contact={contact} />}
    </div>
  );
}

function ContactDetails({ contact }: { contact: Contact }) {
  const role = roleLine(contact);
  return (
    <>
      <span class={`pill status-pill status-${contact.status}`}>
        {contact.archivedAt ? `Archived · ${statusLabels[contact.status]}` : statusLabels[contact.status]}
      </span>
      <span class="contact-role">{role || '—'}</span>
      <span class="contact-meta">
        {contact.tags.slice(0, 3).map((tag) => (
          <span key={tag} class="chip small">
            {tag}
          </span>
        ))}
        {contact.tags.length > 3 && <span class="muted">+{contact.tags.length - 3}</span>}
        {contact.lastContactedAt && (
          <span class="muted">
            Contacted <time dateTime={contact.lastContactedAt}>{formatDay(contact.lastContactedAt)}</time>
          </span>
        )}
        <span class="muted">
          Updated <time dateTime={contact.updatedAt}>{formatDay(contact.updatedAt)}</time>
        </span>
      </span>
    </>
  );
}
