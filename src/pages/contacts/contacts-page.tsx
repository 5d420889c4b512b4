import { useMemo, useState } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { database } from '../../db/database.ts';
import { useLiveQuery, valueOr } from '../../ui/use-live-query.ts';
import { PageShell } from '../../ui/page-shell.tsx';
import { WindowedList } from '../../ui/windowed-list.tsx';
import { ContactFilters } from './contact-filters.tsx';
import { filteredContacts, pipelineCounts, searchAndSort, tagsInUse } from '../../ui/contact-query.ts';
import { ContactRow, contactRowHeight } from '../../ui/contact-row.tsx';
import { filterFromSearch, isFiltered, searchFromFilter, type ListFilter } from './list-filter.ts';
import { PipelineCounts } from './pipeline-counts.tsx';
import { pageHref } from '../pages.ts';
import { pipelineStatuses } from '../../core/pipeline/status.ts';

const number = new Intl.NumberFormat();
const noContacts: Contact[] = [];

export function ContactsPage() {
  const [filter, setFilter] = useState<ListFilter>(() => filterFromSearch(location.search));
  const change = (next: ListFilter) => {
    setFilter(next);
    history.replaceState(null, '', `${location.pathname}${searchFromFilter(next)}`);
  };

  const db = database();
  const counts = useLiveQuery(() => pipelineCounts(db), []);
  const tags = useLiveQuery(() => tagsInUse(db), []);
  const employers = useLiveQuery(() => db.employers.orderBy('name').toArray(), []);
  // The database is asked again only when an indexed filter changes; typing only searches in memory.
  const { status, tag, employerId, archived } = filter;
  const rows = useLiveQuery(() => filteredContacts(db, { status, tag, employerId, archived }), [status, tag, employerId, archived]);
  const shown = useMemo(() => searchAndSort(valueOr(rows, noContacts), filter.search, filter.sort), [rows, filter.search, filter.sort]);

  const network = counts.state === 'ready' ? counts.value.counts.network : 0;
  const hidden = counts.state === 'ready' && !archived ? counts.value.archived : 0;
  const total =
    counts.state === 'ready'
      ? pipelineStatuses.reduce((sum, status) => sum + counts.value.counts[status], 0) + (archived ? counts.value.archived : 0)
      : null;
  const summary =
    total === null || rows.state !== 'ready'
      ? 'Loading contacts…'
      : (isFiltered(filter)
          ? `${number.format(shown.length)} of ${number.format(total)} ${total === 1 ? 'contact' : 'contacts'} match.`
          : `${number.format(total)} ${total === 1 ? 'contact' : 'contacts'}.`) +
        (hidden > 0 ? ` ${number.format(hidden)} archived, not shown.` : '');

  return (
    <PageShell current="contacts">
      <header class="page-header">
        <h1>Contacts</h1>
        <p class="muted">Everyone you saved, and where each conversation stands.</p>
        <p class="row wrap">
          {network > 0 && (
            <a href={pageHref('network')} data-testid="network-link">
              {number.format(network)} {network === 1 ? 'person' : 'people'} in your network
            </a>
          )}
          <a href={pageHref('import')}>Import from LinkedIn</a>
        </p>
      </header>
      <PipelineCounts
        counts={valueOr(counts, null)?.counts ?? null}
        selected={filter.status}
        onSelect={(s) => change({ ...filter, status: s })}
      />
      <section class="card list-card" aria-labelledby="list-heading">
        <h2 id="list-heading" class="visually-hidden">
          Contact list
        </h2>
        <ContactFilters filter={filter} tags={valueOr(tags, [])} employers={valueOr(employers, [])} onChange={change} />
        <p class="muted" role="status" data-testid="list-summary">
          {summary}
        </p>
        {rows.state === 'error' && (
          <p class="notice error" role="alert">
            The contacts could not be read: {rows.error}
          </p>
        )}
        {rows.state === 'ready' && shown.length === 0 && (
          <p class="notice">
            {total === 0 && hidden === 0
              ? 'No contacts yet. Save a person from their LinkedIn profile with Confab’s popup.'
              : 'No contact matches. Try fewer words or clear the filters.'}
          </p>
        )}
        {shown.length > 0 && (
          <>
            <p class="muted keys-hint">
              In the list, <kbd>↑</kbd> <kbd>↓</kbd>, <kbd>Page Up</kbd> <kbd>Page Down</kbd>, <kbd>Home</kbd> and <kbd>End</kbd> move
              between contacts; <kbd>Enter</kbd> opens one.
            </p>
            <WindowedList
              items={shown}
              rowHeight={contactRowHeight}
              label="Contacts"
              resetKey={searchFromFilter(filter)}
              renderRow={(contact, tabbable) => <ContactRow contact={contact} tabbable={tabbable} />}
            />
          </>
        )}
      </section>
    </PageShell>
  );
}
