import { useId } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { suggestEmployer, type Employer } from '../../core/employers/employers.ts';
import { send } from '../../messaging/send.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { pageHref } from '../pages.ts';

interface Props {
  contact: Contact;
  /** The LAMP list, by name. */
  employers: readonly Employer[];
}

/**
 * The employer on the user's list this person works at. When none is linked, the captured company
 * suggests one: the list's entry under any spelling of it, or adding the company to the list.
 */
export function EmployerLinkCard({ contact, employers }: Props) {
  const id = useId();
  const { status, busy, run } = useAction();
  const linked = employers.find((employer) => employer.id === contact.employerId);
  const company = contact.currentCompany.trim();
  const suggested = contact.employerId === null && company ? suggestEmployer(company, employers) : null;

  const link = (employerId: number | null, done: string) => run(() => send('updateContact', { slug: contact.slug, employerId }), done);
  const addCompany = () =>
    run(async () => {
      const { employer } = await send('saveEmployer', { name: company });
      return send('updateContact', { slug: contact.slug, employerId: employer.id! });
    }, `Added ${company} to your employers and linked ${contact.name} to it.`);

  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Employer</h2>
      <label class="field">
        Employer on your list
        <select
          value={contact.employerId ?? ''}
          disabled={busy}
          onChange={(e) => {
            const value = e.currentTarget.value ? Number(e.currentTarget.value) : null;
            const name = employers.find((employer) => employer.id === value)?.name;
            void link(value, name ? `Linked to ${name}.` : 'No longer linked to an employer.');
          }}
        >
          <option value="">Not linked</option>
          {employers.map((employer) => (
            <option key={employer.id} value={employer.id}>
              {employer.name}
            </option>
          ))}
        </select>
      </label>
      {linked && (
        <p>
          <a href={pageHref('employers', {}, `employer-${linked.id}`)}>{linked.name} on your employers list</a>
        </p>
      )}
      {suggested && (
        <div class="notice ok stack">
          <p>
            {contact.name} works at {company}, which is on your list as {suggested.name}.
          </p>
          <button type="button" class="primary" disabled={busy} onClick={() => void link(suggested.id!, `Linked to ${suggested.name}.`)}>
            Link to {suggested.name}
          </button>
        </div>
      )}
      {contact.employerId === null && company && !suggested && (
        <div class="notice stack">
          <p>{company} is not on your employers list.</p>
          <button type="button" disabled={busy} onClick={() => void addCompany()}>
            Add {company} to your employers
          </button>
        </div>
      )}
      <SaveStatusLine status={status} />
    </section>
  );
}
