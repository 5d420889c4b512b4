import { countAgainst, countBody, hasSubject, subjectLimit, type Channel, type Count } from '../../core/drafting/channels.ts';
import { lintDraft } from '../../core/drafting/draft-lint.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { fillTemplate, gapMarker, segmentsToText, type FillSegment } from '../../core/drafting/template-fill.ts';
import { exampleContact, exampleValues } from './example-contact.ts';
import { aboutYouFieldIds, followInPageLink } from './hash-focus.ts';

interface Props {
  draft: { channel: Channel; subject: string; body: string };
  settings: Settings;
}

/** The template as a draft for the example contact, judged the way the composer judges a real one. */
export function TemplatePreview({ draft, settings }: Props) {
  const values = exampleValues(settings.sender);
  const filled = fillTemplate(draft, values);
  const withSubject = hasSubject(draft.channel);
  const body = segmentsToText(filled.body);
  const subject = withSubject ? segmentsToText(filled.subject) : '';
  const bodyCount = countBody(draft.channel, body, { premium: settings.premium });
  const limit = subjectLimit(draft.channel);
  const subjectCount = withSubject && limit !== null ? countAgainst(subject, limit) : null;
  const hints = lintDraft({ channel: draft.channel, body, subject, firstName: values.firstName, premium: settings.premium }, settings.lint);
  const ownGaps = filled.missing.filter((variable): variable is 'myName' | 'field' => variable === 'myName' || variable === 'field');
  const fieldId = ownGaps[0] ? aboutYouFieldIds[ownGaps[0]] : 'about-you';

  return (
    <div class="preview stack" data-testid="template-preview">
      <div class="row spread">
        <h4>Preview</h4>
        <CountLine count={bodyCount} testId="preview-count" what="Message" />
      </div>
      <p class="muted">
        Written to {exampleContact.name}, {exampleContact.currentTitle} at {exampleContact.currentCompany} (an example), with your details
        from About you. <mark class="gap">Highlighted</mark> gaps have no value yet.
      </p>
      {withSubject && (
        <div class="preview-text subject" data-testid="preview-subject">
          <span class="muted">Subject: </span>
          <Segments segments={filled.subject} unknown={filled.unknown} />
          {subjectCount && <CountLine count={subjectCount} testId="preview-subject-count" what="Subject" />}
        </div>
      )}
      <div class="preview-text" data-testid="preview-body">
        {draft.body.trim() ? (
          <Segments segments={filled.body} unknown={filled.unknown} />
        ) : (
          <span class="muted">The message is empty.</span>
        )}
      </div>
      {ownGaps.length > 0 && (
        <p class="muted">
          Fill in {ownGaps.map(gapMarker).join(' and ')} under{' '}
          <a href={`#${fieldId}`} onClick={(e) => followInPageLink(e, fieldId)}>
            About you
          </a>
          .
        </p>
      )}
      {filled.unknown.length > 0 && (
        <p class="notice error" data-testid="unknown-variables">
          Confab does not know {filled.unknown.map((name) => `{${name}}`).join(', ')}: check the spelling against the variables above. It
          would be sent as typed.
        </p>
      )}
      <div data-testid="preview-hints">
        <h4 class="visually-hidden">Hints</h4>
        {hints.length === 0 ? (
          <p class="muted">No drafting hints for this preview.</p>
        ) : (
          <ul class="hints">
            {hints.map((hint) => (
              <li key={hint.id} data-hint={hint.id}>
                {hint.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** Gaps as marked labels; unknown `{names}` inside the text marked too, so the typo is easy to find. */
function Segments({ segments, unknown }: { segments: readonly FillSegment[]; unknown: readonly string[] }) {
  const pattern = unknown.length > 0 ? new RegExp(`(\\{\\s*(?:${unknown.join('|')})\\s*\\})`, 'u') : null;
  return (
    <>
      {segments.map((segment, index) => {
        if ('missing' in segment)
          return (
            <mark class="gap" key={index}>
              {gapMarker(segment.missing)}
            </mark>
          );
        if (!pattern) return segment.text;
        return segment.text.split(pattern).map((part, at) =>
          at % 2 === 1 ? (
            <mark class="unknown" key={`${index}-${at}`}>
              {part}
            </mark>
          ) : (
            part
          ),
        );
      })}
    </>
  );
}

function CountLine({ count, testId, what }: { count: Count; testId: string; what: string }) {
  const over = count.over && count.limit !== null ? ` · ${count.count - count.limit} over` : '';
  return (
    <span class={`counter${count.over ? ' over' : ''}`}>
      <span class="visually-hidden">{what} length: </span>
      <span data-testid={testId}>{count.label}</span>
      {over}
    </span>
  );
}
