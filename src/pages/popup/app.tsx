import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { LazyView, useLoaded } from './lazy-view.tsx';
import { loadOnce } from './load-once.ts';
import type { PageRead } from './this-page/page-read.ts';
import { ThisPageView } from './this-page/this-page-view.tsx';

// Only the shell is loaded before the first paint (P7): the views and the database come after.
const loadDraft = loadOnce(() => import('./draft/draft-view.tsx').then((m) => m.DraftView));
const loadToday = loadOnce(() => import('./today/today-view.tsx').then((m) => m.TodayView));
const loadPendingCount = loadOnce(() => import('./today/pending-count.tsx').then((m) => m.PendingCount));

const tabs = [
  { id: 'page', label: 'This page' },
  { id: 'draft', label: 'Draft' },
  { id: 'today', label: 'Today' },
] as const;
type TabId = (typeof tabs)[number]['id'];

export function App({ firstRead }: { firstRead: Promise<PageRead> }) {
  const [tab, setTab] = useState<TabId>('page');
  // The profile open in the tab, so Draft can start on the person just looked at (undefined: not read yet).
  const [pageSlug, setPageSlug] = useState<string | null | undefined>(undefined);
  // Whether a contact was chosen for Draft in this popup (Draft's list, Today's Open draft): that choice then wins over the page.
  const [draftChosen, setDraftChosen] = useState(false);
  const onDraftChosen = useCallback(() => setDraftChosen(true), []);
  // Draft may be opened before This page has shown the read: it waits for the same read.
  useEffect(() => {
    void firstRead.then((read) =>
      setPageSlug((known) => (known === undefined ? (read.kind === 'profile' ? read.profile.slug : null) : known)),
    );
  }, [firstRead]);
  // The read started at load serves the first showing of This page only; later showings read afresh.
  const [readUsed, setReadUsed] = useState(false);
  const onProfile = useCallback((slug: string | null) => {
    setPageSlug(slug);
    setReadUsed(true);
  }, []);
  // Today's "Open draft": the selection is written, Draft reads it when shown; the focus follows.
  const openDraft = useCallback(() => {
    setDraftChosen(true);
    setTab('draft');
    document.getElementById('tab-draft')?.focus();
  }, []);
  const { View: PendingCount } = useLoaded(loadPendingCount);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = tabs.findIndex((t) => t.id === tab);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="brand">Confab</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      <nav class="tabs" role="tablist" aria-label="Confab views" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            class="tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
            {t.id === 'today' && PendingCount && <PendingCount />}
          </button>
        ))}
      </nav>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
        {tab === 'page' && <ThisPageView firstRead={readUsed ? null : firstRead} onProfile={onProfile} />}
        {tab === 'draft' && <LazyView load={loadDraft} props={{ pageSlug, chosenHere: draftChosen, onChoose: onDraftChosen }} />}
        {tab === 'today' && <LazyView load={loadToday} props={{ onOpenDraft: openDraft }} />}
      </div>
    </main>
  );
}
