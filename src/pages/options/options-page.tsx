import { database } from '../../db/database.ts';
import { readSettings } from '../../db/settings-repo.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { AboutYouSection } from './about-you-section.tsx';
import { AccountSection } from './account-section.tsx';
import { BackupSection } from './backup-section.tsx';
import { DeleteSection } from './delete-section.tsx';
import { ExportSection } from './export-section.tsx';
import { useHashFocus } from './hash-focus.ts';
import { HintsSection } from './hints-section.tsx';
import { QuestionsSection } from './questions-section.tsx';
import { TableOfContents } from './section-card.tsx';
import { DataSection, ShortcutsSection } from './static-sections.tsx';
import { TemplatesSection } from './templates-section.tsx';
import { TimingSection } from './timing-section.tsx';
import { pageHref } from '../pages.ts';

/**
 * One column of cards, read top to bottom: who you are, what you send, what you ask, how drafts are
 * judged, then the account. Each card saves on its own, as you type, and says so beside its fields.
 */
export function OptionsPage() {
  const settings = useLiveQuery(() => readSettings(database()), []);
  useHashFocus(settings.state === 'ready');

  return (
    <main class="options">
      <header class="options-header">
        <h1>Confab options</h1>
        <p class="muted">Everything here is kept in this browser only.</p>
        <nav aria-label="Confab pages" class="page-links">
          <a href={pageHref('contacts')}>Contacts</a>
          <a href={pageHref('network')}>Network</a>
          <a href={pageHref('employers')}>Employers</a>
          <a href={pageHref('import')}>Import from LinkedIn</a>
        </nav>
      </header>
      <TableOfContents />
      {settings.state === 'loading' && <p class="muted">Loading…</p>}
      {settings.state === 'error' && (
        <p class="notice error" role="alert">
          {settings.error}
        </p>
      )}
      {settings.state === 'ready' && (
        <>
          <AboutYouSection settings={settings.value} />
          <TemplatesSection settings={settings.value} />
          <QuestionsSection settings={settings.value} />
          <HintsSection settings={settings.value} />
          <AccountSection settings={settings.value} />
          <TimingSection settings={settings.value} />
        </>
      )}
      <ShortcutsSection />
      {settings.state === 'ready' && <BackupSection settings={settings.value} />}
      <ExportSection />
      <DataSection />
      <DeleteSection />
    </main>
  );
}
