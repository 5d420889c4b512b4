import type { Contact } from '../../core/contacts/contact.ts';
import { roleLine } from '../../ui/contact-header.tsx';
import { contactHref } from '../../ui/contact-row.tsx';
import { formatCalendarDay, formatDay } from '../../ui/format-date.ts';

export const networkRowHeight = 64;

interface Props {
  contact: Contact;
  tabbable: boolean;
  selected: boolean;
  busy: boolean;
  onSelect: (slug: string, selected: boolean) => void;
  onMakeProspect: (slug: string) => void;
}

/** One person of the network: a box to select them, their name (the row's link), what they do, and one button to make them a prospect. */
export function NetworkRow({ contact, tabbable, selected, busy, onSelect, onMakeProspect }: Props) {
  const role = roleLine(contact);
  const tab = tabbable ? 0 : -1;
  return (
    <div class="network-row" data-slug={contact.slug}>
      <input
        type="checkbox"
        checked={selected}
        tabIndex={tab}
        aria-label={`Select ${contact.name}`}
        onChange={(event) => onSelect(contact.slug, event.currentTarget.checked)}
      />
      <a class="contact-name" href={contactHref(contact.slug)} tabIndex={tab}>
        {contact.name}
      </a>
      <button type="button" class="small" tabIndex={tab} disabled={busy} onClick={() => onMakeProspect(contact.slug)}>
        Make prospect<span class="visually-hidden">: {contact.name}</span>
      </button>
      <span class="network-details">
        <span class="contact-role">{role || '—'}</span>
        <span class="contact-meta muted">
          {contact.connectedOn && <span>Connected {formatCalendarDay(contact.connectedOn)}</span>}
          {contact.lastContactedAt && (
            <span>
              Last contacted <time dateTime={contact.lastContactedAt}>{formatDay(contact.lastContactedAt)}</time>
            </span>
          )}
          {contact.missingFromExportAt && <span class="pill">Not in your latest export</span>}
        </span>
      </span>
    </div>
  );
}
