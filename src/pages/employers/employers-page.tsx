import { useState } from 'preact/hooks';
import { lampListSize, sortLamp, type Employer, type EmployerInput } from '../../core/employers/employers.ts';
import { database } from '../../db/database.ts';
import { send } from '../../messaging/send.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { PageShell } from '../../ui/page-shell.tsx';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { EmployerForm } from './employer-form.tsx';
import { EmployerItem } from './employer-item.tsx';

type Editing = { employer: EmployerInput } | null;

/** Dalton's advice on the list's length, as a hint: a short list runs dry, a long one is never worked. */
function sizeHint(count: number): string | null {
  if (count === 0) return null;
  if (count < lampListSize)
    return `${count} of about ${lampListSize}: the method suggests some ${lampListSize} employers, so the list does not run dry. Add ${lampListSize - count} more as you research.`;
  if (count > lampListSize)
    return `${count} employers, more than the ${lampListSize} the method suggests: work from the top, and let the bottom of the list go.`;
  return null;
}

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function EmployersPage() {
  const live = useLiveQuery(() => database().employers.toArray(), []);
  const [editing, setEditing] = useState<Editing>(null);
  const { status, busy, run } = useAction();
  const employers = live.state === 'ready' ? sortLamp(live.value) : [];
  const hint = sizeHint(employers.length);

  const save = async (employer: Employer) => {
    const saved = await run(
      () => send('saveEmployer', employer),
      ({ employer: e }) => (employer.id === undefined ? `Added ${e.name}.` : `Saved ${e.name}.`),
    );
    if (!saved) return;
    setEditing(null);
    focusLater(`edit-employer-${saved.employer.id}`);
  };
  const remove = async (employer: Employer, linked: number) => {
    const unlinked = linked > 0 ? ` ${linked === 1 ? 'One contact was' : `${linked} contacts were`} unlinked.` : '';
    if (await run(() => send('deleteEmployer', { id: employer.id! }), `Deleted ${employer.name}.${unlinked}`)) focusLater('add-employer');
  };
  const form = (employer: EmployerInput, closeTo: string) => (
    <EmployerForm
      key={employer.id ?? 'new'}
      employer={employer}
      employers={employers}
      busy={busy}
      onSave={(e) => void save(e)}
      onCancel={() => {
        setEditing(null);
        focusLater(closeTo);
      }}
    />
  );

  return (
    <PageShell current="employers">
      <header class="page-header card">
        <h1>Employers to explore</h1>
        <p>
          Your LAMP list: score each employer for <strong>A</strong>dvocacy (someone you know, or alumni, work there), <strong>M</strong>
          otivation (0–3) and <strong>P</strong>osting (relevant open roles, 0–3), then work it from the top. The list is sorted that way.
        </p>
        {hint && (
          <p class="notice warn" data-testid="lamp-hint">
            {hint}
          </p>
        )}
        {editing && editing.employer.id === undefined ? (
          form(editing.employer, 'add-employer')
        ) : (
          <button type="button" id="add-employer" class="primary start" onClick={() => setEditing({ employer: { name: '' } })}>
            Add an employer
          </button>
        )}
        <SaveStatusLine status={status} />
      </header>
      {live.state === 'error' && (
        <p class="notice error" role="alert">
          The employers could not be read: {live.error}
        </p>
      )}
      {live.state === 'ready' && employers.length === 0 && (
        <p class="notice">No employers yet. Add the first one above, or from a contact’s page.</p>
      )}
      <ol class="employers" aria-label="Employers, in LAMP order">
        {employers.map((employer, index) =>
          editing && editing.employer.id === employer.id ? (
            <li key={employer.id} class="card">
              {form(editing.employer, `edit-employer-${employer.id}`)}
            </li>
          ) : (
            <EmployerItem
              key={employer.id}
              employer={employer as Employer & { id: number }}
              rank={index + 1}
              busy={busy}
              onEdit={() => setEditing({ employer })}
              onDelete={(linked) => void remove(employer, linked)}
            />
          ),
        )}
      </ol>
    </PageShell>
  );
}
