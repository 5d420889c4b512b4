import { useEffect, useState } from 'preact/hooks';
import { database } from '../db/database.ts';
import { getContact } from '../db/contacts-repo.ts';
import { useLiveQuery } from '../ui/use-live-query.ts';
import { ProfileForm } from './profile-form.tsx';
import { readActiveTab, type PageRead } from './read-active-tab.ts';

/** Reads the active tab each time the view is shown, so it always describes the page in front of the person. */
export function ThisPageView({ onProfile }: { onProfile: (slug: string | null) => void }) {
  const [read, setRead] = useState<PageRead | 'reading'>('reading');

  useEffect(() => {
    let current = true;
    const load = () => {
      setRead('reading');
      readActiveTab()
        .catch((error: unknown) => ({ kind: 'problem' as const, message: String(error), authwall: false }))
        .then((result) => {
          if (!current) return;
          setRead(result);
          onProfile(result.kind === 'profile' ? result.profile.slug : null);
        });
    };
    load();
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [onProfile]);

  if (read === 'reading') return <p class="muted" role="status">Reading this page…</p>;
  if (read.kind === 'problem') {
    return (
      <div class="stack">
        <p class="notice" role="status" data-testid="page-hint">
          {read.message}
        </p>
        <p class="muted">Confab reads a profile only when you ask, and never changes LinkedIn’s page.</p>
      </div>
    );
  }
  return <SavedOrNew key={read.profile.slug} read={read} />;
}

function SavedOrNew({ read }: { read: Extract<PageRead, { kind: 'profile' }> }) {
  const existing = useLiveQuery(() => getContact(database(), read.profile.slug), [read.profile.slug]);
  if (existing.state === 'loading') return <p class="muted" role="status">Reading this page…</p>;
  if (existing.state === 'error') return <p class="notice error" role="alert">{existing.error}</p>;
  return <ProfileForm capture={read.profile} existing={existing.value} />;
}
