import type { Contact } from '../../../core/contacts/contact.ts';
import { mailtoUrl } from '../../../core/drafting/mailto.ts';
import { gapMarker } from '../../../core/drafting/template-fill.ts';
import type { TemplateVariable } from '../../../core/drafting/template-variables.ts';
import { openPage, pageUrl } from '../../../ui/open-page.ts';

/** Where each gap is filled in: the field above, or a field of the options page (by its id). */
const gapHomes: Partial<Record<TemplateVariable, { text: string; optionsField?: string }>> = {
  connection: { text: 'write it in Your connection above' },
  myName: { text: 'set your name in Options', optionsField: 'about-you-name' },
  field: { text: 'set your field in Options', optionsField: 'about-you-field' },
};

/** The [gaps] still in the text, each with where to fill it in. */
export function GapNotice({ gaps }: { gaps: readonly TemplateVariable[] }) {
  if (gaps.length === 0) return null;
  return (
    <p class="notice warn" role="status">
      Fill in the gaps:{' '}
      {gaps.map((gap, i) => {
        const home = gapHomes[gap];
        return (
          <span key={gap}>
            {i > 0 && '; '}
            {gapMarker(gap)}
            {home && ' ('}
            {home?.optionsField ? (
              <a
                href={pageUrl('options', {}, home.optionsField)}
                onClick={(event) => {
                  event.preventDefault();
                  openPage('options', {}, home.optionsField!);
                }}
              >
                {home.text}
              </a>
            ) : (
              home?.text
            )}
            {home && ')'}
          </span>
        );
      })}
      .
    </p>
  );
}

/** Email: open the person's own mail program with the draft, or say where the address goes. */
export function OpenInMail({ contact, subject, body }: { contact: Contact; subject: string; body: string }) {
  if (!contact.email) {
    return (
      <p class="muted" data-testid="no-email">
        No e-mail address for {contact.name} yet. Open in mail needs one: add it on{' '}
        <button type="button" class="link-button" onClick={() => openPage('contact', { slug: contact.slug })}>
          their contact page ↗
        </button>
      </p>
    );
  }
  return (
    <p class="row">
      <a class="button" href={mailtoUrl(contact.email, subject, body)} target="_blank" rel="noreferrer">
        Open in mail
      </a>
      <span class="muted">To {contact.email}. Your mail program opens with the text; Confab sends nothing.</span>
    </p>
  );
}
