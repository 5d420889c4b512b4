import type { ComponentChildren } from 'preact';
import { pageHref } from '../pages/pages.ts';

/** The full-tab pages of the record, plus the settings, reached from one header on each. */
const pages = [
  { id: 'contacts', href: pageHref('contacts'), label: 'Contacts' },
  { id: 'network', href: pageHref('network'), label: 'Network' },
  { id: 'employers', href: pageHref('employers'), label: 'Employers' },
  { id: 'options', href: pageHref('options'), label: 'Options' },
] as const;

export type PageId = (typeof pages)[number]['id'];

interface Props {
  /** The page this is, or the section it belongs to (a contact page belongs to Contacts). */
  current: PageId;
  /** True when this page is the section's own page rather than one of its sub-pages. */
  exact?: boolean;
  children: ComponentChildren;
}

export function PageShell({ current, exact = true, children }: Props) {
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="shell-header">
        <span class="brand" aria-hidden="true">
          Confab
        </span>
        <nav aria-label="Confab pages">
          <ul>
            {pages.map((page) => (
              <li key={page.id}>
                <a href={page.href} aria-current={page.id === current ? (exact ? 'page' : 'true') : undefined}>
                  {page.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {/* tabIndex -1: the skip link moves focus here, so Tab continues inside the content. */}
      <main id="main" class="shell-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** A page that cannot show what was asked for: say why, as an alert, with a way back. */
export function PageProblem({ title, current, children }: { title: string; current: PageId; children: ComponentChildren }) {
  return (
    <PageShell current={current} exact={false}>
      <section class="card" aria-labelledby="problem-heading">
        <h1 id="problem-heading">{title}</h1>
        <p class="notice error" role="alert">
          {children}
        </p>
        <p>
          <a href={pageHref('contacts')}>Back to all contacts</a>
        </p>
      </section>
    </PageShell>
  );
}

export function PageLoading({ current, what }: { current: PageId; what: string }) {
  return (
    <PageShell current={current} exact={false}>
      <p class="muted" role="status">
        Loading {what}…
      </p>
    </PageShell>
  );
}
