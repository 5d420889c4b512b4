import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../../../core/contacts/contact.ts';
import { suggestEmployer, type Employer } from '../../../core/employers/employers.ts';
import { database } from '../../../db/database.ts';
import { send } from '../../../messaging/send.ts';

/**
 * After a save: when the person's company is on the user's list of target employers and the contact is
 * not linked to one yet, offer to link them (research comes before contact; each employer holds its
 * contacts). Loaded after the save, so opening This page never waits for it.
 */
export function EmployerSuggestion({ contact }: { contact: Contact }) {
  const [employer, setEmployer] = useState<Employer | null>(null);
  const [linked, setLinked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (contact.employerId !== null || !contact.currentCompany) return;
    void database()
      .employers.toArray()
      .then(
        (employers) => setEmployer(suggestEmployer(contact.currentCompany, employers)),
        () => setEmployer(null),
      );
  }, [contact.slug, contact.employerId, contact.currentCompany]);

  if (linked)
    return (
      <p class="muted" role="status">
        Linked to {linked} on your employer list.
      </p>
    );
  if (!employer?.id || contact.employerId !== null) return null;
  const link = () =>
    send('updateContact', { slug: contact.slug, employerId: employer.id ?? null }).then(
      () => setLinked(employer.name),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  return (
    <p class="row notice">
      <span class="grow">
        {contact.currentCompany} is on your employer list as <strong>{employer.name}</strong>.
      </span>
      <button type="button" onClick={() => void link()}>
        Link to {employer.name}
      </button>
      {error && <span role="alert">{error}</span>}
    </p>
  );
}
