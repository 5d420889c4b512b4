import { useEffect, useRef, useState } from 'preact/hooks';
import { countAgainst, countBody, hasSubject, subjectLimit, type Channel } from '../core/channels.ts';
import type { Contact } from '../core/contact.ts';
import { lintDraft } from '../core/draft-lint.ts';
import { gapMarker } from '../core/template-fill.ts';
import type { Settings } from '../core/settings.ts';
import { firstNameOf, type TemplateVariable } from '../core/template-variables.ts';
import { database } from '../db/database.ts';
import { getDraft } from '../db/drafts-repo.ts';
import { send } from '../messaging/send.ts';
import { copyText } from '../ui/copy-text.ts';
import { CopyAndSent } from './draft-copy.tsx';
import { Counter, Hints, Overflow } from './draft-hints.tsx';
import { TemplatePicker } from './draft-template-picker.tsx';

interface Props {
  contact: Contact;
  channel: Channel;
  settings: Settings;
}

const gapAdvice: Partial<Record<TemplateVariable, string>> = {
  connection: 'write it in Your connection above',
  myName: 'set it in Options',
  field: 'set it in Options',
};

/**
 * The text is saved on every keystroke: a popup closes as soon as it loses focus (to paste into
 * LinkedIn, say), and what was typed must be there when it is opened again.
 */
export function DraftEditor({ contact, channel, settings }: Props) {
  const { slug } = contact;
  const [draft, setDraft] = useState<{ subject: string; body: string } | null>(null);
  const [gaps, setGaps] = useState<TemplateVariable[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void getDraft(database(), slug, channel).then((saved) => setDraft({ subject: saved?.subject ?? '', body: saved?.body ?? '' }));
  }, [slug, channel]);

  if (!draft) return <p class="muted">Loading the draft…</p>;

  const change = (next: { subject: string; body: string }) => {
    setDraft(next);
    send('saveDraft', { slug, channel, ...next }).then(
      () => setSaveError(null),
      (error: unknown) => setSaveError(`The draft could not be saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const withSubject = hasSubject(channel);
  const body = countBody(channel, draft.body, { premium: settings.premium });
  const subject = withSubject ? countAgainst(draft.subject, subjectLimit(channel)) : null;
  const hints = lintDraft({ channel, body: draft.body, subject: draft.subject, firstName: firstNameOf(contact.name), premium: settings.premium }, settings.lint);
  // A gap stays listed only while its [marker] is still in the text.
  const openGaps = gaps.filter((gap) => `${draft.subject}\n${draft.body}`.includes(gapMarker(gap)));
  const warnings = [
    ...(body.over ? [`It is ${body.count - (body.limit ?? 0)} characters over LinkedIn’s limit: LinkedIn will not take it as it is.`] : []),
    ...(subject?.over ? ['The subject is over LinkedIn’s limit.'] : []),
    ...(hints.some((hint) => hint.id === 'placeholder') ? ['It still has a gap in [brackets] that the person would read as it is.'] : []),
  ];

  return (
    <div class="stack">
      <TemplatePicker
        contact={contact}
        channel={channel}
        settings={settings}
        hasText={draft.body.trim() !== ''}
        onUse={(filled, missing) => {
          change(withSubject ? filled : { ...draft, body: filled.body });
          setGaps(missing);
        }}
      />
      {openGaps.length > 0 && (
        <p class="notice warn" role="status">
          Fill in the gaps:{' '}
          {openGaps.map((gap, i) => (
            <span key={gap}>
              {i > 0 && '; '}
              {gapMarker(gap)}
              {gapAdvice[gap] ? ` (${gapAdvice[gap]})` : ''}
            </span>
          ))}
          .
        </p>
      )}
      {subject && (
        <div class="field">
          <span class="row spread">
            <label for="draft-subject">Subject</label>
            {subject.limit !== null && <Counter count={subject} id="subject-count" />}
          </span>
          <span class="row">
            <input id="draft-subject" class="grow" type="text" value={draft.subject} onInput={(e) => change({ ...draft, subject: e.currentTarget.value })} aria-describedby={subject.limit !== null ? 'subject-count' : undefined} />
            <button type="button" aria-label="Copy the subject" disabled={draft.subject.trim() === ''} onClick={() => void copyText(draft.subject, null)}>
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
        <textarea id="draft-message" ref={bodyRef} rows={8} value={draft.body} onInput={(e) => change({ ...draft, body: e.currentTarget.value })} aria-describedby="message-count" placeholder="Lead with your connection, ask for 20 minutes about their path, never for a job." />
        <Overflow text={draft.body} count={body} />
      </div>
      <Hints hints={hints} />
      <CopyAndSent contact={contact} channel={channel} text={draft.body} field={bodyRef.current} warnings={warnings} />
      {saveError && (
        <p class="notice error" role="alert">
          {saveError}
        </p>
      )}
    </div>
  );
}
