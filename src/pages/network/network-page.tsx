import { useMemo, useState } from 'preact/hooks';
import { ErrorList } from '../../ui/save-status.tsx';
import { database } from '../../db/database.ts';
import { refusalOf, send } from '../../messaging/send.ts';
import { PageShell } from '../../ui/page-shell.tsx';
import { useLiveQuery, valueOr } from '../../ui/use-live-query.ts';
import { WindowedList } from '../../ui/windowed-list.tsx';
import { pageHref } from '../pages.ts';
import { networkFilterFromSearch, searchFromNetworkFilter } from './network-filter.ts';
import { networkRows, networkSize, networkSorts, type NetworkFilter, type NetworkSort } from './network-query.ts';
import { NetworkRow, networkRowHeight } from './network-row.tsx';

const number = new Intl.NumberFormat();
/** Rows read at a time; "Show more" reads the next ones. */
const pageSize = 500;

type Outcome = { kind: 'moved'; slugs: string[] } | { kind: 'returned'; count: number } | { kind: 'error'; message: string } | null;

/**
 * Your network: the people of your LinkedIn connections, imported from your data export. They are
 * not your pipeline: nothing here reminds you of them. One click (or a selection) makes someone a
 * prospect, and Undo puts them back.
 */
export function NetworkPage() {
  const [filter, setFilter] = useState<NetworkFilter>(() => networkFilterFromSearch(location.search));
  const [limit, setLimit] = useState(pageSize);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<NetworkFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    setLimit(pageSize);
    history.replaceState(null, '', `${location.pathname}${searchFromNetworkFilter(next)}`);
  };

  const db = database();
  const size = useLiveQuery(() => networkSize(db), []);
  const employers = useLiveQuery(() => db.employers.toArray(), []);
  const employerList = valueOr(employers, []);
  const rows = useLiveQuery(
    () => (employers.state === 'ready' ? networkRows(db, filter, employerList, limit) : Promise.resolve(null)),
    [filter.search, filter.targets, filter.sort, limit, employers.state === 'ready' ? employerList : null],
  );
  const shown = valueOr(rows, null);
  const visibleSelected = useMemo(() => (shown ? shown.rows.filter((c) => selected.has(c.slug)).length : 0), [shown, selected]);

  /** One message at a time; its outcome (or why it failed) replaces the last one. */
  const act = async (action: () => Promise<Outcome>) => {
    if (busy) return;
    setBusy(true);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ kind: 'error', message: refusalOf(error).message });
    } finally {
      setBusy(false);
    }
  };
  const move = (slugs: string[]) =>
    slugs.length > 0 &&
    act(async () => {
      const { moved } = await send('makeProspects', { slugs });
      setSelected(new Set());
      return { kind: 'moved', slugs: moved };
    });
  const undo = (slugs: string[]) => act(async () => ({ kind: 'returned', count: (await send('returnToNetwork', { slugs })).moved.length }));
  const select = (slug: string, on: boolean) =>
    setSelected((now) => {
      const next = new Set(now);
      if (on) next.add(slug);
      else next.delete(slug);
      return next;
    });

  const total = valueOr(size, null);
  const filtered = filter.search.trim() !== '' || filter.targets;

  return (
    <PageShell current="network">
      <header class="page-header">
        <h1>Your network</h1>
        <p class="muted">
          The people you are connected with on LinkedIn, from your data export. They stay here, out of Today and your reminders, until you
          make one of them a prospect.
        </p>
      </header>
      <section class="card list-card" aria-labelledby="network-heading">
        <h2 id="network-heading" class="visually-hidden">
          Network
        </h2>
        <form class="contact-filters" role="search" aria-label="Find people in your network" onSubmit={(e) => e.preventDefault()}>
          <label class="field search-field">
            Search
            <input
              type="search"
              value={filter.search}
              placeholder="Name, company or position"
              onInput={(e) => change({ search: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            Sort by
            <select value={filter.sort} onChange={(e) => change({ sort: e.currentTarget.value as NetworkSort })}>
              {Object.entries(networkSorts).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label class="check align-end">
            <input type="checkbox" checked={filter.targets} onChange={(e) => change({ targets: e.currentTarget.checked })} />
            At one of my target employers
          </label>
        </form>
        <p class="muted" role="status" data-testid="network-summary">
          {summary(total, shown, filtered)}
        </p>
        {filter.targets && employerList.length === 0 && (
          <p class="notice">
            Your target employers list is empty. <a href={pageHref('employers')}>Add the employers you are aiming for</a>, and the people of
            your network who work there show here.
          </p>
        )}
        {total === 0 && (
          <p class="notice">
            Nobody yet. <a href={pageHref('import')}>Import your LinkedIn data export</a> to bring in the people you are already connected
            with.
          </p>
        )}
        <Outcome outcome={outcome} busy={busy} onUndo={(slugs) => void undo(slugs)} />
        {shown && shown.rows.length > 0 && (
          <>
            <div class="row wrap selection-bar">
              <button type="button" class="primary" disabled={busy || selected.size === 0} onClick={() => void move([...selected])}>
                Make {selected.size ? number.format(selected.size) : ''} {selected.size === 1 ? 'prospect' : 'prospects'}
              </button>
              <button
                type="button"
                disabled={busy || visibleSelected === shown.rows.length}
                onClick={() => setSelected(new Set([...selected, ...shown.rows.map((c) => c.slug)]))}
              >
                Select all {number.format(shown.rows.length)} shown
              </button>
              <button type="button" disabled={busy || selected.size === 0} onClick={() => setSelected(new Set())}>
                Clear selection
              </button>
            </div>
            <WindowedList
              items={shown.rows}
              rowHeight={networkRowHeight}
              label="People in your network"
              resetKey={searchFromNetworkFilter(filter)}
              renderRow={(contact, tabbable) => (
                <NetworkRow
                  contact={contact}
                  tabbable={tabbable}
                  selected={selected.has(contact.slug)}
                  busy={busy}
                  onSelect={select}
                  onMakeProspect={(slug) => void move([slug])}
                />
              )}
            />
            {shown.more && (
              <button type="button" onClick={() => setLimit((n) => n + pageSize)}>
                Show {number.format(pageSize)} more
              </button>
            )}
          </>
        )}
      </section>
    </PageShell>
  );
}

function summary(total: number | null, shown: { rows: unknown[]; more: boolean } | null, filtered: boolean): string {
  if (total === null || !shown) return 'Loading your network…';
  const people = `${number.format(total)} ${total === 1 ? 'person' : 'people'} in your network.`;
  if (!filtered) return shown.more ? `${people} The first ${number.format(shown.rows.length)} are shown.` : people;
  if (shown.more)
    return `More than ${number.format(shown.rows.length)} match: the first ones are shown. Type more to narrow them. ${people}`;
  return `${number.format(shown.rows.length)} ${shown.rows.length === 1 ? 'person matches' : 'people match'}. ${people}`;
}

function Outcome({ outcome, busy, onUndo }: { outcome: Outcome; busy: boolean; onUndo: (slugs: string[]) => void }) {
  if (!outcome) return null;
  if (outcome.kind === 'error') return <ErrorList errors={[outcome.message]} />;
  if (outcome.kind === 'returned')
    return (
      <p class="notice ok" role="status">
        Undone: {number.format(outcome.count)} {outcome.count === 1 ? 'person is' : 'people are'} back in your network.
      </p>
    );
  const n = outcome.slugs.length;
  return (
    <div class="notice ok row wrap spread" role="status">
      <span>
        {number.format(n)} {n === 1 ? 'person is' : 'people are'} now {n === 1 ? 'a prospect' : 'prospects'}:{' '}
        <a href={pageHref('contacts', { status: 'prospect' })}>see your prospects</a>.
      </span>
      <button type="button" disabled={busy} onClick={() => onUndo(outcome.slugs)}>
        Undo
      </button>
    </div>
  );
}
