import type { Contact } from '../core/contacts/contact.ts';
import { statusLabels } from '../core/pipeline/status.ts';

/** Where a page's saving-as-you-type stands, said beside the contact's name. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

/** "Senior Product Designer at Harbor Light Labs", or whichever half is known, else the headline. */
export function roleLine(contact: Pick<Contact, 'currentTitle' | 'currentCompany' | 'headline'>): string {
  const title = contact.currentTitle.trim();
  const company = contact.currentCompany.trim();
  if (title && company) return `${title} at ${company}`;
  return title || company || contact.headline.trim();
}

const sections = [
  { id: 'agenda', label: 'Agenda' },
  { id: 'send-ahead', label: 'Send ahead' },
  { id: 'notes', label: 'Meeting notes' },
  { id: 'after', label: 'After the meeting' },
] as const;

/** Who the conversation is with. LinkedIn text goes in as text nodes only. */
export function ContactHeader({ contact, saveState }: { contact: Contact; saveState: SaveState }) {
  const role = roleLine(contact);
  return (
    <header class="card contact-header">
      <p class="eyebrow">Conversation with</p>
      <div class="row spread wrap">
        <h1>{contact.name}</h1>
        <span class="pill status" data-testid="contact-status">
          {statusLabels[contact.status]}
        </span>
      </div>
      {role && <p class="role">{role}</p>}
      <p>
        <a href={contact.url} target="_blank" rel="noopener noreferrer">
          LinkedIn profile<span class="visually-hidden"> of {contact.name} (opens in a new tab)</span>
        </a>
      </p>
      <nav aria-label="Sections of this page" class="section-nav">
        {sections.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {section.label}
          </a>
        ))}
      </nav>
      <SaveIndicator state={saveState} />
    </header>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  if (state.kind === 'error') {
    return (
      <p class="notice error" role="alert">
        {state.message}
      </p>
    );
  }
  // Not a live region: "Saved" after every keystroke would drown out what a screen reader is reading.
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'All changes saved.' : 'Changes are saved as you make them.';
  return <p class="muted">{text}</p>;
}
