import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings/settings.ts';
import { builtInTemplate, isEditedBuiltIn, type Template } from '../../core/drafting/templates.ts';
import { ConfirmDelete } from '../../ui/confirm-delete.tsx';
import { ErrorList, issueMessages, SaveStatusLine } from '../../ui/save-status.tsx';
import { TemplateFields } from './template-fields.tsx';
import { TemplatePreview } from './template-preview.tsx';
import { checkTemplate, removeTemplate, storeTemplate } from './template-store.ts';
import { useUnsaved } from './unsaved-changes.ts';
import { useSave } from '../../ui/use-save.ts';

interface Props {
  /** As the user sees it now: a built-in with its stored edit, an own template, or a blank new one. */
  template: Template;
  isNew: boolean;
  settings: Settings;
  /** The editor of a template in a channel's list is one level below the channel's heading. */
  level: 3 | 4;
  onSaved: (template: Template) => void;
  onDelete: () => void;
  onClose: () => void;
}

const fieldNames = { name: 'Name', subject: 'Subject', body: 'Message' };
const sentences = { subject: 'Subject: at most 2,000 characters.' };

export function TemplateEditor({ template, isNew, settings, level, onSaved, onDelete, onClose }: Props) {
  const [draft, setDraft] = useState(template);
  const [errors, setErrors] = useState<{ path: readonly PropertyKey[]; message: string }[]>([]);
  const [confirming, setConfirming] = useState(false);
  const { status, setStatus, save } = useSave();
  const root = useRef<HTMLDivElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const Heading = `h${level}` as 'h3';
  // A half-written template is not stored until Save template; until then, leaving the page asks first.
  const changed = (['name', 'channel', 'subject', 'body'] as const).some((key) => draft[key] !== template[key]);
  useUnsaved(`template-${template.id}`, changed);

  // Focus the first field on opening, so Edit leads straight into the form.
  useEffect(() => root.current?.querySelector<HTMLInputElement>('input, textarea')?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const check = checkTemplate(draft);
    if (!check.ok) {
      setStatus(null);
      setErrors(check.errors);
      return;
    }
    setErrors([]);
    setDraft(check.template);
    if (await save({ templates: storeTemplate(settings.templates, check.template) }, `Saved “${check.template.name}”.`))
      onSaved(check.template);
  };
  const restore = async () => {
    const original = builtInTemplate(template.id);
    if (!original) return;
    setErrors([]);
    if (await save({ templates: removeTemplate(settings.templates, template.id) }, `Restored the original “${original.name}”.`))
      setDraft(original);
  };

  const title = isNew ? 'Your new template' : `Edit “${template.name}”`;
  return (
    <div class="editor" ref={root}>
      <Heading class="editor-title">{title}</Heading>
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <TemplateFields draft={draft} onChange={setDraft} invalid={new Set(errors.map((error) => String(error.path[0])))} />
        <TemplatePreview draft={draft} settings={settings} />
        <ErrorList errors={issueMessages(errors, fieldNames, sentences)} />
        <div class="row wrap">
          <button type="submit" class="primary">
            Save template
          </button>
          {template.builtIn && isEditedBuiltIn(template) && (
            <button type="button" onClick={() => void restore()}>
              Restore the original
            </button>
          )}
          {!template.builtIn && !isNew && (
            <button type="button" class="danger-outline" ref={deleteButton} onClick={() => setConfirming(true)}>
              Delete template
            </button>
          )}
          <button type="button" class="push-end" onClick={onClose}>
            Close
          </button>
        </div>
        {confirming && (
          <ConfirmDelete
            what={`the template “${template.name}”`}
            onConfirm={onDelete}
            onCancel={() => {
              setConfirming(false);
              deleteButton.current?.focus();
            }}
          />
        )}
        <SaveStatusLine status={status} />
      </form>
    </div>
  );
}
