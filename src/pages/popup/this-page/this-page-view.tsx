import { useEffect, useRef, useState } from 'preact/hooks';
import { focusIfNothingIs } from '../focus.ts';
import { loadOnce } from '../load-once.ts';
import { LazyView } from '../lazy-view.tsx';
import type { PageRead } from './page-read.ts';
import { loadProfileForm, readActiveTab } from './read-active-tab.ts';

interface Props {
  /** The read started as the popup script loaded, used the first time the view is shown. */
  firstRead: Promise<PageRead> | null;
  onProfile: (slug: string | null) => void;
}

// Loaded by the read itself before it answers with a profile: the form then renders at once.
const loadForm = loadOnce(() => loadProfileForm().then((module) => module.SavedOrNew));

/** Reads the active tab each time the view is shown, so it always describes the page in front of the person. */
export function ThisPageView({ firstRead, onProfile }: Props) {
  const [read, setRead] = useState<PageRead | 'reading'>('reading');
  const mountRead = useRef(firstRead);

  useEffect(() => {
    let current = true;
    const show = (pending: Promise<PageRead>) => {
      setRead('reading');
      void pending.then((result) => {
        if (!current) return;
        setRead(result);
        onProfile(result.kind === 'profile' ? result.profile.slug : null);
      });
    };
    show(mountRead.current ?? startRead());
    const onVisible = () => document.visibilityState === 'visible' && show(startRead());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [onProfile]);

  if (read === 'reading')
    return (
      <p class="muted" role="status">
        Reading this page…
      </p>
    );
  if (read.kind === 'problem') {
    return (
      <div class="stack">
        <p class="notice" role="status" data-testid="page-hint" tabIndex={-1} ref={focusIfNothingIs}>
          {read.message}
        </p>
        <p class="muted">Confab reads a profile only when you ask, and never changes LinkedIn’s page.</p>
      </div>
    );
  }
  return <LazyView key={read.profile.slug} load={loadForm} props={{ read }} />;
}

/** Starts reading the active tab; the bench measures the new popup document until the filled form (P4). */
export function startRead(): Promise<PageRead> {
  performance.mark('confab:this-page-open');
  return readActiveTab();
}
