import { useState } from 'preact/hooks';
import type { Channel } from '../core/channels.ts';
import { fillTemplate, segmentsToText } from '../core/template-fill.ts';
import { valuesFor, type TemplateVariable } from '../core/template-variables.ts';
import { templatesFor, type Template } from '../core/templates.ts';
import type { Contact } from '../core/contact.ts';
import type { Settings } from '../core/settings.ts';

interface Props {
  contact: Contact;
  channel: Channel;
  settings: Settings;
  /** Whether the editor already holds text that the template would replace. */
  hasText: boolean;
  onUse: (text: { subject: string; body: string }, missing: TemplateVariable[]) => void;
}

/**
 * Starts a draft from a template, filled from the contact and the user's profile. A value that is
 * missing becomes a visible `[first name]` gap (never a literal `{firstName}`), which the hints and
 * Copy then point out.
 */
export function TemplatePicker({ contact, channel, settings, hasText, onUse }: Props) {
  const choices = templatesFor(channel, settings.templates);
  const [chosen, setChosen] = useState<string>(choices[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const template: Template | undefined = choices.find((t) => t.id === chosen) ?? choices[0];
  if (!template) return null;

  const use = () => {
    const filled = fillTemplate(template, valuesFor(contact, settings.sender));
    onUse({ subject: segmentsToText(filled.subject), body: segmentsToText(filled.body) }, filled.missing);
    setConfirming(false);
  };

  return (
    <div class="template-picker">
      <label class="field grow">
        Template
        <select value={template.id} onChange={(e) => setChosen(e.currentTarget.value)}>
          {choices.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {confirming ? (
        <span class="row confirm" role="group" aria-label="Replace your text?">
          <button type="button" class="danger" onClick={use}>
            Replace my text
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => (hasText ? setConfirming(true) : use())}>
          Use template
        </button>
      )}
    </div>
  );
}
