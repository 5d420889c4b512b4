import { useEffect, useRef, useState } from 'preact/hooks';
import { database } from '../../../db/database.ts';
import { getContact } from '../../../db/contact-queries.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { focusIfNothingIs } from '../focus.ts';
import { ProfileForm } from './profile-form.tsx';
import { readActiveTab, type PageRead } from './read-active-tab.ts';

interface Props {
  /** The read started as the popup script loaded, used the first time the view is shown. */
  firstRead: Promise<PageRead> | null;
  onProfile: (slug: string | null) => void;
}

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
  return <SavedOrNew key={read.profile.slug} read={read} />;
}

/** Starts reading the active tab; the bench measures from this mark to the filled form (P4). */
export function startRead(): Promise<PageRead> {
  performance.mark('confab:this-page-open');
  return readActiveTab();
}

function SavedOrNew({ read }: { read: Extract<PageRead, { kind: 'profile' }> }) {
  // The contact as read with the page, then kept current (status changes, saves) by a live query.
  const live = useLiveQuery(() => getContact(database(), read.profile.slug), [read.profile.slug]);
  if (live.state === 'error')
    return (
      <p class="notice error" role="alert">
        {live.error}
      </p>
    );
  const existing = live.state === 'ready' ? live.value : read.existing;
  return <ProfileForm capture={read.profile} initial={read.existing} existing={existing} />;
}
