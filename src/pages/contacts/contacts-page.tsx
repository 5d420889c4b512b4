import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { database } from '../../db/database.ts';
import { useLiveQuery, valueOr } from '../../ui/use-live-query.ts';
import { PageShell } from '../../ui/page-shell.tsx';
import { WindowedList } from '../../ui/windowed-list.tsx';
import { ContactFilters } from './contact-filters.tsx';
import { firstListed, isPlainList, listSlugs, pipelineCounts, rowsBySlug, searchList, tagsInUse } from '../../ui/contact-query.ts';
import { ContactRow, contactRowHeight } from '../../ui/contact-row.tsx';
import { filterFromSearch, isFiltered, searchFromFilter, type ListFilter } from './list-filter.ts';
import { PipelineCounts } from './pipeline-counts.tsx';
import { pageHref } from '../pages.ts';
import { pipelineStatuses } from '../../core/pipeline/status.ts';

const number = new Intl.NumberFormat();
const noSlugs: string[] = [];
/** A read not asked yet: the live query stays loading. */
const never = new Promise<never>(() => {});
/** The rows read before the list has told which are shown: a first screenful. */
const firstScreen = Array.from({ length: 16 }, (_, index) => index);

export function ContactsPage() {
  const [filter, setFilter] = useState<ListFilter>(() => filterFromSearch(location.search));
  const change = (next: ListFilter) => {
    setFilter(next);
    history.replaceState(null, '', `${location.pathname}${searchFromFilter(next)}`);
  };

  const db = database();
  // The list is slugs read from indexes, and only the rows in view are read. Typing reads the search
  // alone (`searchList`), not the filters again. The plain list's first rows come from their own index
  // first: IndexedDB answers a page's reads in turn, so the reads that go through every contact (the
  // list's 30,000 keys, the counts) are asked only once those rows are there.
  const { status, tag, employerId, archived, sort, search } = filter;
  const indexed = { status, tag, employerId, archived };
  const deps = [status, tag, employerId, archived, sort];
  const plain = isPlainList(indexed, sort);
  const first = useLiveQuery(() => (plain ? firstListed(db, firstScreen.length) : null), [plain]);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (!opened && (!plain || first.state !== 'loading')) setOpened(true);
  }, [opened, plain, first.state]);
  const counts = useLiveQuery(() => (opened ? pipelineCounts(db) : never), [opened]);
  const tags = useLiveQuery(() => (opened ? tagsInUse(db) : never), [opened]);
  const employers = useLiveQuery(() => db.employers.orderBy('name').toArray(), []);
  const listed = useLiveQuery(() => (opened ? listSlugs(db, indexed, sort) : never), [opened, ...deps]);
  // Tagged with its search: while the next one is read, the list shows the last one's matches.
  const found = useLiveQuery(async () => ({ search, slugs: await searchList(db, search, indexed, sort) }), [search, ...deps]);
  const result = valueOr(found, null)?.slugs ?? null;
  const matches = result?.slugs ?? null;
  const firstRows = valueOr(first, null);
  const shown = useMemo(
    () => matches ?? (listed.state === 'ready' ? listed.value : (firstRows?.map((contact) => contact.slug) ?? noSlugs)),
    [matches, listed, firstRows],
  );
  const searched = found.state === 'ready' && found.value.search === search;
  const ready = searched && (matches !== null || listed.state === 'ready');

  const [inView, setInView] = useState<readonly number[]>(firstScreen);
  const wanted = inView.map((index) => shown[index]).filter((slug): slug is string => slug !== undefined);
  const rows = useLiveQuery(() => rowsBySlug(db, wanted), [wanted.join('\n')]);
  const rowOf = (slug: string) =>
    valueOr(rows, null)?.get(slug) ?? result?.rows.get(slug) ?? firstRows?.find((contact) => contact.slug === slug);
  const onShown = useCallback((indexes: readonly number[]) => setInView(indexes), []);

  // The bench reads this mark (P12, P14): the first rows of the list for this search are in the document.
  const firstShown = searched && shown.length > 0 && rowOf(shown[0]!) !== undefined;
  useLayoutEffect(() => {
    if (firstShown) performance.mark('confab:contacts-rows', { detail: search });
  }, [firstShown, shown, search]);

  const network = counts.state === 'ready' ? counts.value.counts.network : 0;
  const hidden = counts.state === 'ready' && !archived ? counts.value.archived : 0;
  const total =
    counts.state === 'ready'
      ? pipelineStatuses.reduce((sum, status) => sum + counts.value.counts[status], 0) + (archived ? counts.value.archived : 0)
      : null;
  const summary =
    total === null || !ready
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
        {[listed, first, found, rows].map(
          (live, index) =>
            live.state === 'error' && (
              <p key={index} class="notice error" role="alert">
                The contacts could not be read: {live.error}
              </p>
            ),
        )}
        {ready && shown.length === 0 && (
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
              onShown={onShown}
              renderRow={(slug, tabbable) => <ContactRow slug={slug} contact={rowOf(slug)} tabbable={tabbable} />}
            />
          </>
        )}
      </section>
    </PageShell>
  );
}
