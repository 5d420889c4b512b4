import type { ComponentChildren } from 'preact';

/** The page's sections in reading order: the table of contents and the cards share these ids. */
const optionSections = [
  { id: 'about-you', title: 'About you' },
  { id: 'templates', title: 'Request templates' },
  { id: 'questions', title: 'Your questions' },
  { id: 'hints', title: 'Drafting hints' },
  { id: 'account', title: 'LinkedIn account' },
  { id: 'timing', title: 'Reminder timing' },
  { id: 'shortcuts', title: 'Keyboard shortcuts' },
  { id: 'backup', title: 'Backup and restore' },
  { id: 'export', title: 'Export' },
  { id: 'data', title: 'Your data' },
  { id: 'delete', title: 'Delete everything' },
] as const;
export type SectionId = (typeof optionSections)[number]['id'];

const titles = Object.fromEntries(optionSections.map((section) => [section.id, section.title])) as Record<SectionId, string>;

export function SectionCard({ id, intro, children }: { id: SectionId; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-heading`}>
      {/* tabIndex -1: following a contents link moves focus here, so Tab continues inside the section. */}
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {titles[id]}
      </h2>
      {intro && <p class="muted intro">{intro}</p>}
      {children}
    </section>
  );
}

export function TableOfContents() {
  return (
    <nav class="toc" aria-label="On this page">
      <ul>
        {optionSections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              onClick={(e) => {
                e.preventDefault();
                const heading = document.getElementById(`${section.id}-heading`);
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus({ preventScroll: true });
                history.replaceState(null, '', `#${section.id}`);
              }}
            >
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
