import { useEffect, useRef, useState } from 'preact/hooks';
import { countAgainst, countBody, hasSubject, subjectLimit, type Channel } from '../../../core/drafting/channels.ts';
import type { Contact } from '../../../core/contacts/contact.ts';
import { lintDraft } from '../../../core/drafting/draft-lint.ts';
import { fillTemplate, gapMarker, segmentsToText } from '../../../core/drafting/template-fill.ts';
import type { Settings } from '../../../core/settings/settings.ts';
import { templatesFor } from '../../../core/drafting/templates.ts';
import { firstNameOf, valuesFor, type TemplateVariable } from '../../../core/drafting/template-variables.ts';
import { database } from '../../../db/database.ts';
import { getDraft } from '../../../db/drafts-repo.ts';
import { refusalOf, send } from '../../../messaging/send.ts';
import { copyText } from '../../../ui/copy-text.ts';
import { CopyAndSent } from './draft-copy.tsx';
import { Counter, Hints, Overflow } from './draft-hints.tsx';
import { GapNotice, OpenInMail } from './draft-notices.tsx';
import { TemplatePicker } from './draft-template-picker.tsx';

interface Props {
  contact: Contact;
  channel: Channel;
  settings: Settings;
  /** The person typed (or used a template): this draft is the one to remember. */
  onEdit: () => void;
}
type Text = { subject: string; body: string };

/**
 * One contact's draft on one channel. The text is saved on every keystroke: a popup closes as soon as
 * it loses focus (to paste into LinkedIn, say), and what was typed must be there when it is opened
 * again. An empty draft starts from the chosen template, filled from the contact as it is now, and is
 * saved once the person types in it or uses the template.
 */
export function DraftEditor({ contact, channel, settings, onEdit }: Props) {
  // Bound once: this editor writes to this contact's draft only (the view makes a new editor per contact and channel).
  const [{ slug }] = useState(contact);
  const [draft, setDraft] = useState<Text | null>(null);
  const [untouched, setUntouched] = useState(false);
  const [gaps, setGaps] = useState<TemplateVariable[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const choices = templatesFor(channel, settings.templates);
  const [chosenId, setChosenId] = useState(choices[0]?.id ?? '');
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void getDraft(database(), slug, channel).then((saved) => {
      setDraft({ subject: saved?.subject ?? '', body: saved?.body ?? '' });
      setUntouched(!saved?.body.trim() && !saved?.subject.trim());
    });
  }, [slug, channel]);

  if (!draft) return <p class="muted">Loading the draft…</p>;

  const withSubject = hasSubject(channel);
  const template = choices.find((t) => t.id === chosenId) ?? choices[0];
  const filled = template ? fillTemplate(template, valuesFor(contact, settings.sender)) : null;
  const fromTemplate = filled
    ? { subject: withSubject ? segmentsToText(filled.subject) : draft.subject, body: segmentsToText(filled.body) }
    : draft;
  const shown = untouched ? fromTemplate : draft;

  const change = (next: Text) => {
    setDraft(next);
    // Edited from the template: its gaps stay listed while their [markers] are in the text.
    if (untouched) setGaps(filled?.missing ?? []);
    setUntouched(false);
    onEdit();
    // Sent at once, every keystroke: the popup can close right after the last one, and a save waiting
    // for the one before would be lost. The background writes them in the order they were sent.
    send('saveDraft', { slug, channel, ...next }).then(
      () => setSaveError(null),
      (error: unknown) => setSaveError(`The draft could not be saved: ${refusalOf(error).message}`),
    );
  };
  const body = countBody(channel, shown.body, { premium: settings.premium });
  const subject = withSubject ? countAgainst(shown.subject, subjectLimit(channel)) : null;
  const hints = lintDraft(
    { channel, body: shown.body, subject: shown.subject, firstName: firstNameOf(contact.name), premium: settings.premium },
    settings.lint,
  );
  // A gap stays listed only while its [marker] is still in the text.
  const openGaps = (untouched ? (filled?.missing ?? []) : gaps).filter((gap) => `${shown.subject}\n${shown.body}`.includes(gapMarker(gap)));
  const warnings = [
    ...(body.over ? [`It is ${body.count - (body.limit ?? 0)} characters over LinkedIn’s limit: LinkedIn will not take it as it is.`] : []),
    ...(subject?.over ? ['The subject is over LinkedIn’s limit.'] : []),
    ...(hints.some((hint) => hint.id === 'placeholder') ? ['It still has a gap in [brackets] that the person would read as it is.'] : []),
  ];

  return (
    <div class="stack">
      {template && (
        <TemplatePicker
          choices={choices}
          chosen={template}
          onChoose={setChosenId}
          hasText={!untouched && draft.body.trim() !== ''}
          onUse={() => {
            change(fromTemplate);
            setGaps(filled?.missing ?? []);
          }}
        />
      )}
      <GapNotice gaps={openGaps} />
      <p class="draft-for" id="draft-for" data-testid="draft-for">
        To <strong>{contact.name}</strong>
        {contact.currentCompany && `, ${contact.currentCompany}`}
      </p>
      {subject && (
        <div class="field">
          <span class="row spread">
            <label for="draft-subject">Subject</label>
            {subject.limit !== null && <Counter count={subject} id="subject-count" />}
          </span>
          <span class="row">
            <input
              id="draft-subject"
              class="grow"
              type="text"
              value={shown.subject}
              onInput={(e) => change({ ...shown, subject: e.currentTarget.value })}
              aria-describedby={`draft-for${subject.limit !== null ? ' subject-count' : ''}`}
            />
            <button
              type="button"
              aria-label="Copy the subject"
              disabled={shown.subject.trim() === ''}
              onClick={() => void copyText(shown.subject, null)}
            >
              Copy
            </button>
          </span>
        </div>
      )}
      <div class="field">
        <span class="row spread">
          <label for="draft-message">Message</label>
          <Counter count={body} id="message-count" />
        </span>
        <textarea
          id="draft-message"
          ref={bodyRef}
          rows={8}
          value={shown.body}
          onInput={(e) => change({ ...shown, body: e.currentTarget.value })}
          aria-describedby="draft-for message-count"
          placeholder="Lead with your connection, ask for 20 minutes about their path, never for a job."
        />
        <Overflow text={shown.body} count={body} />
      </div>
      <Hints hints={hints} />
      <CopyAndSent contact={contact} channel={channel} text={shown.body} field={bodyRef.current} warnings={warnings} />
      {channel === 'email' && <OpenInMail contact={contact} subject={shown.subject} body={shown.body} />}
      {saveError && (
        <p class="notice error" role="alert">
          {saveError}
        </p>
      )}
    </div>
  );
}
